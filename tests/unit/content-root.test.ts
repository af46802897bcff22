import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsHub, contentRoot, siteFilesRoot } from '../../src/lib/content-root';

const engine = mkdtempSync(path.join(tmpdir(), 'xinfeng-engine-'));
const county = mkdtempSync(path.join(tmpdir(), 'xinfeng-county-'));
mkdirSync(path.join(county, 'content'));
const hub = mkdtempSync(path.join(tmpdir(), 'xinfeng-hub-'));
mkdirSync(path.join(hub, 'hub'));
writeFileSync(path.join(hub, 'hub/registry.yaml'), 'name: 测试省\n');
afterAll(() => [engine, county, hub].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('contentRoot (which site a build makes)', () => {
  it("builds a county's own content/ where there is one, and the sample site in the engine's repository", () => {
    expect(contentRoot({}, county)).toBe('./content/');
    expect(contentRoot({}, engine)).toBe('./sample/');
  });

  it('builds the folder a test or a benchmark names, whatever is there', () => {
    expect(contentRoot({ XINFENG_CONTENT_DIR: '/tmp/copy' }, county)).toBe('/tmp/copy/');
    expect(siteFilesRoot({ XINFENG_CONTENT_DIR: '/tmp/copy/' }, county)).toBe('/tmp/copy/files/');
  });
});

describe('buildsHub (a county site or a province hub)', () => {
  it('builds a hub in a folder that registers counties and has no content of its own', () => {
    expect(buildsHub({}, hub)).toBe(true);
    expect(buildsHub({}, engine)).toBe(false);
    expect(buildsHub({}, county)).toBe(false);
    expect(buildsHub({ XINFENG_HUB_DIR: '/srv/hub' }, engine)).toBe(true);
  });
});
