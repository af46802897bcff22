/**
 * Runs one command the way the benchmark needs: wall time, every output line with the moment it
 * appeared, and the peak memory of the whole process tree (sampled from /proc, since Astro starts
 * Pagefind and sharp's threads as separate processes and threads).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export interface Run {
  status: number | null;
  seconds: number;
  peakMiB: number;
  /** seconds since start when the peak was sampled, and each process's share of it then */
  peakAt: number;
  peakShares: string;
  /** [seconds since start, line] */
  lines: [number, string][];
}

function treeRssKiB(root: number): { total: number; shares: string } {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf-8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(ppid) || tree.has(pid)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  let total = 0;
  const shares: string[] = [];
  for (const pid of tree) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf-8');
      const m = /VmRSS:\s+(\d+)/.exec(status);
      if (m) {
        total += Number(m[1]);
        shares.push(`${/Name:\s+(\S+)/.exec(status)?.[1]} ${Math.round(Number(m[1]) / 1024)}`);
      }
    } catch {
      // gone
    }
  }
  return { total, shares: shares.join(', ') };
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: [number, string][] = [];
    let peak = 0;
    let peakAt = 0;
    let peakShares = '';
    const sampler = setInterval(() => {
      const { total, shares } = treeRssKiB(child.pid!);
      if (total > peak) [peak, peakAt, peakShares] = [total, (performance.now() - started) / 1000, shares];
    }, 100);
    const collect = (chunk: Buffer) => {
      const at = (performance.now() - started) / 1000;
      for (const line of chunk.toString('utf-8').split('\n')) if (line.trim()) lines.push([at, line]);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({
        status,
        seconds: (performance.now() - started) / 1000,
        peakMiB: peak / 1024,
        peakAt,
        peakShares,
        lines,
      });
    });
  });
}

export interface Phases {
  check: number;
  contentLoad: number;
  bundle: number;
  pages: number;
  feeds: number;
  images: number;
  search: number;
  /** the Brotli and gzip copies for nginx */
  compress: number;
}

/** Seconds in Astro's way of writing a duration: "803ms", "8.03s", "1m 6s". */
function seconds(text: string): number {
  const m = /(?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(text);
  if (!m) return 0;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/**
 * Splits an `npm run build` log into its phases by the durations Astro itself reports (the moments
 * lines arrive would not do: the build holds Astro's first lines back until the content check has
 * finished); feeds are the feed and calendar routes' share of page generation.
 */
export function phases(lines: [number, string][]): Phases {
  const log = lines.map(([, l]) => stripVTControlCharacters(l));
  const after = (pattern: RegExp, then: RegExp) => {
    const i = log.findIndex((l) => pattern.test(l));
    return i < 0 ? '' : (log.slice(i + 1).find((l) => then.test(l)) ?? '');
  };
  const check = lines.find(([, l]) => /内容检查/.test(l))?.[0] ?? 0;
  // Astro's content sync, as it reports it ("[types] Generated 8.03s").
  const contentLoad = seconds(log.find((l) => /\[types\] Generated/.test(l))?.split('Generated')[1] ?? '');
  const bundle = log
    .filter((l) => /\[vite\] ✓ built in/.test(l))
    .reduce((sum, l) => sum + seconds(l.split('built in')[1]!), 0);
  const routesWall = seconds(after(/generating static routes/, /Completed in/).split('Completed in')[1] ?? '');
  const images = seconds(after(/generating optimized images/, /Completed in/).split('Completed in')[1] ?? '');
  // Astro writes a route and, once rendered, its time: they may arrive as separate lines. Routes
  // render several at a time, so their times overlap: feeds get their share of the phase's wall time.
  let feedMs = 0;
  let allMs = 0;
  for (const m of log.join('\n').matchAll(/[├└]─ (\S+)\s*\n?\s*\(\+(\d+)ms\)/g)) {
    allMs += Number(m[2]);
    if (/(\.xml|\.json|\.opml|\.ics)$/.test(m[1]!)) feedMs += Number(m[2]);
  }
  const feeds = allMs > 0 ? (routesWall * feedMs) / allMs : 0;
  // The whole index, or an incremental build's bundle of the changed pages.
  const searchLine = log.find((l) => /Indexed \d+ (pages for search|changed page\(s\)) in/.test(l)) ?? '';
  const search = seconds(/ in ([\d.]+ ?(?:ms|s))\.$/.exec(searchLine)?.[1]?.replace(' ', '') ?? '');
  const compress = Number(
    /\[compress\] .* in ([\d.]+) s\.$/.exec(log.find((l) => l.startsWith('[compress]')) ?? '')?.[1] ?? 0,
  );
  return { check, contentLoad, bundle, pages: routesWall - feeds, feeds, images, search, compress };
}

export const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
