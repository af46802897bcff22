/**
 * Search after an incremental build: the last full index stays as it is (its bundles copied from the
 * published site) and the pages changed since then are indexed alone, in one small bundle,
 * /pagefind-changes/, listed first. The search page drops from the older bundles' results the pages
 * this bundle replaces or that are gone (by the id Pagefind gives each page's fragment), so a reader
 * finds the new text and never the old copy. The nightly whole build (rebuild-if-due --full) folds
 * the changes back into the full index.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHANGES_BUNDLE } from '../../src/lib/search-bundles.ts';
import { changesLimit, planChanges } from '../../src/lib/search-changes.ts';
import { pageFile } from '../../src/lib/urls.ts';
import { inflated } from './search-files.ts';
import { indexablePages, INDEXER, runPagefind, stagePages, type SearchManifest } from './search-index.ts';

const FRAGMENT = /^(.+)\.pf_fragment$/;

/** Each page's fragment id in a built bundle, read from its fragment files. */
function fragmentIds(bundleDir: string): Record<string, string> {
  const ids: Record<string, string> = {};
  const folder = path.join(bundleDir, 'fragment');
  for (const name of readdirSync(folder)) {
    const id = FRAGMENT.exec(name)?.[1];
    if (!id) continue;
    const text = inflated(readFileSync(path.join(folder, name))).toString('utf-8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids[pageFile(url)] = id;
  }
  return ids;
}

/** Copies the full index's bundles from the published site. */
function copyFullIndex(lastSite: string, siteDir: string, bundlePaths: string[]): void {
  for (const bundle of bundlePaths)
    cpSync(path.join(lastSite, bundle), path.join(siteDir, bundle), { recursive: true });
}

export interface ChangesIndexed {
  summary: string;
  manifest: SearchManifest;
  /** what the search page drops from the full index's results */
  superseded: string[];
}

/**
 * Indexes only the pages changed since the last full index, or returns undefined when it cannot (no
 * usable record of the full index, or too many changes), for the build to index in full instead.
 */
export async function indexChanges(
  siteDir: string,
  { last, signal }: { last: { site: string; manifest: SearchManifest | undefined }; signal?: AbortSignal },
): Promise<ChangesIndexed | undefined> {
  const started = performance.now();
  const lastSite = path.resolve(last.site);
  const manifest = last.manifest;
  const bundlePaths = Object.keys(manifest?.bundles ?? {});
  if (!manifest || manifest.indexer !== INDEXER || manifest.site !== lastSite || bundlePaths.length === 0)
    return undefined;
  if (!bundlePaths.every((b) => existsSync(path.join(lastSite, b, 'pagefind.js')))) return undefined;
  const pages = Object.fromEntries(indexablePages(siteDir).map((p) => [p.file, p.hash]));
  const fragments =
    manifest.fragments ?? Object.fromEntries(bundlePaths.map((b) => [b, fragmentIds(path.join(lastSite, b))]));
  const plan = planChanges(pages, { bundles: manifest.bundles, fragments });
  if (plan.unknown.length > 0 || plan.changed.length > changesLimit(Object.keys(pages).length)) return undefined;

  copyFullIndex(lastSite, siteDir, bundlePaths);
  const order = (JSON.parse(readFileSync(path.join(lastSite, 'pagefind', 'bundles.json'), 'utf-8')) as string[]).filter(
    (b) => b !== CHANGES_BUNDLE,
  );
  if (plan.changed.length > 0) {
    const stage = path.join(path.dirname(siteDir), `.${path.basename(siteDir)}-search-stage`);
    rmSync(stage, { recursive: true, force: true });
    try {
      stagePages(siteDir, stage, plan.changed);
      await runPagefind(stage, path.join(siteDir, CHANGES_BUNDLE), plan.changed.length, signal);
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }
  const listed = plan.changed.length > 0 ? [CHANGES_BUNDLE, ...order] : order;
  // A page whose indexed text did not change has the same fragment in both: it is shown once (the
  // search page drops repeats), not dropped.
  const kept = new Set(plan.changed.length > 0 ? Object.values(fragmentIds(path.join(siteDir, CHANGES_BUNDLE))) : []);
  const superseded = plan.superseded.filter((id) => !kept.has(id));
  writeFileSync(path.join(siteDir, 'pagefind', 'bundles.json'), JSON.stringify(listed));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  return {
    manifest: { ...manifest, fragments },
    superseded,
    summary: `[search] Indexed ${plan.changed.length} changed page(s) in ${CHANGES_BUNDLE}, on top of the full index (${bundlePaths.length} bundle(s) copied from the last build), in ${seconds} s.`,
  };
}
