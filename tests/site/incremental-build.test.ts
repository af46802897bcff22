/**
 * The proof that an incremental build is a full build: random edits of a copy of the sample (a title,
 * a body, a team, a story added, one deleted, a draft flipped, a photo added, a team renamed, an
 * announcement's text), a few to a commit; after each commit the site is built incrementally on top of
 * the last build, and in full from the same content, both at the same SOURCE_DATE_EPOCH. Every file
 * must be the same byte for byte, and the same queries must find the same pages. Only the search index
 * differs by design (a small bundle of the changed pages on top of the last full index,
 * src/scripts/bundled-pagefind.ts), which is why it is compared by searching it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/server/serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { BUILD_TEST_TIMEOUT, buildSite, copyOfContent, type BuildResult } from '../support/site-build';
import { EDIT_KINDS, RandomEditor, seeded, type Edit, type EditKind } from '../support/random-edits';
import { allResults } from '../support/search-results';

/** A failure names its seed; XINFENG_PROOF_SEED replays it. */
const SEED = Number(process.env.XINFENG_PROOF_SEED) || 20261207;
/** Small bundles, so the sample's index has several and the changes bundle sits on top of them. */
const env = { XINFENG_SEARCH_BUNDLE_PAGES: '10' };
const COMMITS = 2;

/** Every kind of edit once, in a random order, in two commits (of five and four). */
function commits(): EditKind[][] {
  const random = seeded(SEED);
  const kinds = [...EDIT_KINDS].sort(() => random() - 0.5);
  return [kinds.slice(0, 5), kinds.slice(5)];
}

/** The search index and the page that lists it differ by design: compared by searching instead. */
const SEARCH_FILES = /^(pagefind[^/]*\/|search\/index\.html|\.server\/build\.json)/;

function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => !SEARCH_FILES.test(f) && statSync(path.join(dir, f)).isFile())
    .sort();
}

interface Round {
  edits: Edit[];
  incremental: BuildResult;
  full: BuildResult;
  /** files of each site, and those whose bytes differ */
  files: { mine: string[]; theirs: string[]; different: string[] };
  searches: { query: string; mine: string[]; theirs: string[] }[];
}
const rounds: Round[] = [];

const found = async (page: Page, base: string, query: string) =>
  (await allResults(page, `${base}/search/?q=${encodeURIComponent(query)}`)).sort();

function compareFiles(mineDir: string, theirsDir: string): Round['files'] {
  const mine = siteFiles(mineDir);
  const theirs = siteFiles(theirsDir);
  const different = mine.filter(
    (f) => theirs.includes(f) && !readFileSync(path.join(mineDir, f)).equals(readFileSync(path.join(theirsDir, f))),
  );
  return { mine, theirs, different };
}

beforeAll(async () => {
  const content = copyOfContent('proof');
  const first = buildSite('proof', { contentDir: content, env });
  expect(first.status, first.output.slice(-2000)).toBe(0);
  const editor = new RandomEditor(content, SEED);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const previews: Preview[] = [];
  try {
    const page = await browser.newPage();
    const queries = ['志愿者', '牡丹'];
    for (const kinds of commits()) {
      const edits = kinds.map((k) => editor.edit(k));
      const incremental = buildSite('proof', { contentDir: content, env, rebuild: true });
      const full = buildSite('proof-full', { contentDir: content, env, rebuild: true, args: ['--full'] });
      const round: Round = {
        edits,
        incremental,
        full,
        files: compareFiles(incremental.outDir, full.outDir),
        searches: [],
      };
      rounds.push(round);
      if (incremental.status !== 0 || full.status !== 0) break;
      queries.push(...edits.flatMap((e) => e.words));
      const [mine, theirs] = await Promise.all([startPreview(incremental.outDir), startPreview(full.outDir)]);
      previews.push(mine, theirs);
      for (const query of queries) {
        round.searches.push({
          query,
          mine: await found(page, mine.url, query),
          theirs: await found(page, theirs.url, query),
        });
      }
      await Promise.all([mine.close(), theirs.close()]);
    }
  } finally {
    await browser.close();
    await Promise.all(previews.map((p) => p.close().catch(() => {})));
  }
}, BUILD_TEST_TIMEOUT * 2);

const described = (r: Round) => r.edits.map((e) => e.did).join('；');

it('builds every commit incrementally, rendering only the pages it affects', () => {
  // A failed build ends the rounds: what it said comes first.
  for (const round of rounds) {
    expect(round.incremental.status, `${described(round)}\n${round.incremental.output.slice(-2000)}`).toBe(0);
    expect(round.full.status, round.full.output.slice(-2000)).toBe(0);
  }
  expect(rounds).toHaveLength(COMMITS);
  for (const round of rounds) {
    expect(round.incremental.output).toContain('增量生成：');
    expect(round.full.output).toContain('完整生成：按要求生成全部页面。');
    expect(Number(/\[pages\] (\d+) 页没有受影响/.exec(round.incremental.output)?.[1])).toBeGreaterThan(0);
    // Search: the changed pages alone on top of the last full index; a full build (the nightly one)
    // folds them back into the index of four bundles.
    expect(round.incremental.output).toMatch(/\[search\] Indexed [1-9]\d* changed page\(s\) in \/pagefind-changes\//);
    expect(round.full.output).toMatch(/\[search\] Indexed 3\d pages for search in 4 bundle\(s\)/);
  }
});

it('gives the same files, byte for byte, as a full build of the same content', () => {
  let compared = 0;
  for (const round of rounds) {
    expect(round.files.mine, described(round)).toEqual(round.files.theirs);
    expect(round.files.different, described(round)).toEqual([]);
    compared += round.files.mine.length;
  }
  const edits = rounds.flatMap((r) => r.edits).length;
  console.log(
    `[proof] seed ${SEED}: ${edits} edits in ${rounds.length} commits, ${compared} files compared byte for byte`,
  );
});

it('finds the same pages for the same queries after every commit, the edited words included', () => {
  for (const round of rounds) {
    for (const search of round.searches)
      expect(search.mine, `${described(round)}：搜索“${search.query}”`).toEqual(search.theirs);
  }
  // The edited words were searched for, and found where their story is still published.
  const lastSearches = rounds.at(-1)!.searches;
  expect(lastSearches.length).toBeGreaterThan(3);
  expect(lastSearches.some((s) => s.theirs.length > 0 && /号$/.test(s.query))).toBe(true);
});
