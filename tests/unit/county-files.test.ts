import { describe, expect, it } from 'vitest';
import { engineFiles, isCountyFile } from '../../src/lib/county-files';
import { compareVersions, migrationsBetween } from '../../src/lib/engine-version';

describe("a county's files and the engine's", () => {
  it("keeps content/, the editor's login settings and the engine record as the county's own", () => {
    expect(isCountyFile('content/stories/2026/a/index.md')).toBe(true);
    expect(isCountyFile('content/files/2026/biao.pdf')).toBe(true);
    expect(isCountyFile('deploy/editor.yaml')).toBe(true);
    expect(isCountyFile('xinfeng-engine.json')).toBe(true);
    expect(isCountyFile('deploy/nginx/xinfeng.conf')).toBe(false);
    expect(isCountyFile('contents.md')).toBe(false);
  });

  it("gives an upgrade every other file, the sample site included (the engine's tests build it)", () => {
    expect(
      engineFiles([
        'src/pages/index.astro',
        'content/site.yaml',
        'sample/site.yaml',
        'deploy/editor.yaml',
        'README.md',
      ]),
    ).toEqual(['README.md', 'sample/site.yaml', 'src/pages/index.astro']);
  });
});

describe('engine versions', () => {
  it('compares them part by part, as numbers', () => {
    expect(compareVersions('0.10.0', '0.9.3')).toBeGreaterThan(0);
    expect(compareVersions('1.2.0', '1.2')).toBe(0);
    expect(compareVersions('0.2.0', '0.2.1')).toBeLessThan(0);
  });

  it('runs the migrations after the old version up to the new one, oldest first', () => {
    expect(migrationsBetween('0.2.0', '0.4.0', ['0.4.1', '0.3.0', '0.2.0', '0.4.0', '0.10.0'])).toEqual([
      '0.3.0',
      '0.4.0',
    ]);
  });
});
