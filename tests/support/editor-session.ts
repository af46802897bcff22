/**
 * The web editor as a staff member runs it on their own computer: `npm run admin` (scripts/staff/admin.ts)
 * on a scratch git repository holding a copy of the sample content, with decap-server committing to it
 * and the editing preview serving /admin/. Ends with the test, taking both servers with it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_LOCK, takeLock } from './build-lock.ts';

/** The project folder; this module is also run by scripts/bench/editor.ts, outside the test runner. */
const ROOT = path.resolve(import.meta.dirname, '../..');

export interface EditorSession {
  /** the editor's address, http://127.0.0.1:<port>/admin/ */
  url: string;
  /** the scratch repository; its content/ is what the editor edits */
  repo: string;
  git(...args: string[]): string;
  close(): Promise<void>;
}

/**
 * The environment of a staff member's terminal: without the test runner's variables, which make the
 * editing preview (Vite underneath) behave as if it ran inside a test and never answer.
 */
function asStaffRunIt(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
}

/** `prepare` changes the scratch copy before its first commit (a site.yaml the test needs). */
export async function startEditor(name: string, prepare?: (repo: string) => void): Promise<EditorSession> {
  const repo = path.join(ROOT, '.test-content', `editor-${name}`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  // A county's repository: the sample site as its content/.
  cpSync(path.join(ROOT, 'sample'), path.join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf-8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  prepare?.(repo);
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', '测试编辑');
  git('config', 'user.email', 'editor@example.org');
  git('add', '-A');
  git('commit', '-q', '-m', '示例内容');

  // Its preview rewrites the project's .astro/ as the scratch content changes: no build may run meanwhile.
  const release = takeLock(BUILD_LOCK);
  const admin = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/staff/admin.ts'), '--repo', repo, '--port', '0', '--proxy-port', '0'],
    {
      cwd: ROOT,
      env: { ...asStaffRunIt(), XINFENG_CACHE_DIR: path.join(ROOT, '.test-cache', `editor-${name}`) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let said = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run admin did not start in 180 s:\n${said}`)), 180_000);
    const listen = (chunk: Buffer) => {
      said += chunk.toString();
      const found = /网页编辑器已在 (http:\/\/127\.0\.0\.1:\d+\/admin\/) 打开/.exec(said);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    admin.stdout.on('data', listen);
    admin.stderr.on('data', listen);
    admin.once('exit', (code) => reject(new Error(`npm run admin ended (exit ${code}):\n${said}`)));
  }).catch((error: unknown) => {
    release();
    throw error;
  });
  return {
    url,
    repo,
    git,
    close: () =>
      new Promise<void>((resolve) => {
        if (admin.exitCode !== null) return resolve();
        admin.once('exit', () => resolve());
        admin.kill('SIGTERM');
      }).finally(release),
  };
}
