import { describe, expect, it } from 'vitest';
import { buildKind, type BuildInputs, type LastBuildInputs } from '../../src/lib/build-kind';

const inputs: BuildInputs = {
  code: 'engine-1',
  site: 'site-1',
  files: { 'content/stories/2026/a/cover.jpg': [1000, 1, 'photo-1'] },
};
const last: LastBuildInputs = { ...inputs, out: '/srv/site/dist', stamp: 'stamp-1' };
const site = { out: '/srv/site/dist', stamp: 'stamp-1' };

describe('whether a build may go page by page', () => {
  it('goes page by page when only entries changed, and says so', () => {
    const kind = buildKind(last, inputs, site);
    expect(kind).toEqual({ incremental: true, reason: expect.stringMatching(/^增量生成：/) });
  });

  it('also when a photo was added or removed (no page read it before)', () => {
    const added = {
      ...inputs,
      files: { ...inputs.files, 'content/stories/2026/b/cover.jpg': [9, 9, 'x'] },
    } as BuildInputs;
    expect(buildKind(last, added, site).incremental).toBe(true);
    expect(buildKind(last, { ...inputs, files: {} }, site).incremental).toBe(true);
  });

  it.each([
    ['asked for', last, inputs, site, { full: true }, '按要求'],
    ['there is no record', undefined, inputs, site, {}, '没有上一次生成的记录'],
    ['the site is another one', last, inputs, { out: '/tmp/other', stamp: 'stamp-1' }, {}, '不是记录里的那一次'],
    ['the site was rebuilt since', last, inputs, { ...site, stamp: 'stamp-2' }, {}, '不是记录里的那一次'],
    ['the site is gone', last, inputs, { ...site, stamp: undefined }, {}, '已不在'],
    ['the code changed', last, { ...inputs, code: 'engine-2' }, site, {}, '程序、配置或依赖变了'],
    ['site.yaml changed', last, { ...inputs, site: 'site-2' }, site, {}, 'site.yaml'],
    [
      'a photo was replaced under the same name',
      last,
      { ...inputs, files: { 'content/stories/2026/a/cover.jpg': [1200, 2, 'photo-2'] } },
      site,
      {},
      'content/stories/2026/a/cover.jpg换了内容',
    ],
  ] as const)('builds everything when %s, and says why', (_, lastInputs, now, at, options, why) => {
    const kind = buildKind(lastInputs, now as BuildInputs, at, options);
    expect(kind.incremental).toBe(false);
    expect(kind.reason).toMatch(/^完整生成：/);
    expect(kind.reason).toContain(why);
  });
});
