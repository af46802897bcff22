/**
 * The hub against real county sites (issue 29): the sample built twice under two other counties'
 * identities, each at its own loopback address and served by Debian's nginx with the shipped
 * configuration. npm run hub:fetch takes both contracts over HTTPS; asked again, nginx answers 304 to
 * the validators it kept; npm run hub:build gathers them; in Chromium a search finds both counties'
 * stories, narrows to one by the 县 filter, and the hub's pages ask nothing of the counties' servers
 * while they are up and answering.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCopy, readStatus } from '../../scripts/hub/copies.ts';
import { freePorts } from '../../scripts/server/free-ports.ts';
import { startNginx, type NginxSite } from '../../scripts/server/serve-nginx.ts';
import { openSite } from '../support/browser';
import { clearHubOutput, hubBuild, hubFetch, writeRegistry } from '../support/hub-commands';
import { BUILD_TEST_TIMEOUT, buildSite, copyOfContent, ROOT } from '../support/site-build';

const COUNTIES = [
  { id: 'yuncheng', county: '郓城县', name: '新风·郓城志愿' },
  { id: 'shanxian', county: '单县', name: '新风·单县志愿' },
];
const servers = new Map<string, NginxSite>();
const hubDir = mkdtempSync(path.join(tmpdir(), 'xinfeng-hub-counties-'));
const hubOut = path.join(ROOT, '.test-dist', 'hub-counties');
const trust = path.join(hubDir, 'counties.crt');

/** The sample's content as another county publishes it: its own name, sponsor and address. */
function countyContent(c: (typeof COUNTIES)[number], url: string): string {
  const dir = copyOfContent(`hub-county-${c.id}`);
  const file = path.join(dir, 'site.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf-8')
      .replaceAll('新风·巨野志愿', c.name)
      .replaceAll('巨野县', c.county)
      .replace(/^baseUrl: .*$/m, `baseUrl: ${url}`),
  );
  return dir;
}

beforeAll(async () => {
  const ports = await freePorts(COUNTIES.flatMap(() => [0, 0]));
  for (const [i, c] of COUNTIES.entries()) {
    // The county's address, port and all, is part of what its build writes; nginx reads the build.
    const [http, https] = [ports[2 * i]!, ports[2 * i + 1]!];
    const built = buildSite(`hub-county-${c.id}`, { contentDir: countyContent(c, `https://127.0.0.1:${https}/`) });
    expect(built.status, built.output).toBe(0);
    servers.set(c.id, await startNginx(built.outDir, [http, https]));
  }
  writeFileSync(trust, [...servers.values()].map((s) => s.certificate).join('\n'));
  writeRegistry(
    hubDir,
    COUNTIES.map((c) => ({ id: c.id, name: c.county, url: `${servers.get(c.id)!.https}/` })),
  );
}, 2 * BUILD_TEST_TIMEOUT);
afterAll(async () => {
  for (const server of servers.values()) await server.close();
});

const fetchFromCounties = () => hubFetch(hubDir, { NODE_EXTRA_CA_CERTS: trust });

describe('the hub and county sites served by the shipped nginx', { timeout: BUILD_TEST_TIMEOUT }, () => {
  it('takes each county’s contract over HTTPS and keeps it under the county’s own identity', async () => {
    const run = await fetchFromCounties();
    expect(run.status, run.err).toBe(0);
    expect(run.out).toContain('共 2 个县：2 个取到，0 个没取到。');
    for (const c of COUNTIES) {
      expect(readStatus(hubDir, c.id)).toMatchObject({ result: 'changed' });
      const manifest = JSON.parse(readCopy(hubDir, c.id)!.manifest);
      expect(manifest.site).toMatchObject({ name: c.name, county: c.county, url: `${servers.get(c.id)!.https}/` });
    }
  });

  it('is answered 304 with no body when nothing changed, and records the county as unchanged', async () => {
    for (const c of COUNTIES) {
      const { validators } = readCopy(hubDir, c.id)!;
      expect(validators.etag ?? validators.lastModified).toBeTruthy();
      // As hub:fetch asks (Node's fetch): nginx's validators belong to the compressed copy it sent.
      const again = await servers.get(c.id)!.get('/hub/manifest.json', {
        accept: 'application/json',
        'accept-encoding': 'gzip, deflate, br',
        ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
        ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
      });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
    const run = await fetchFromCounties();
    expect(run.out).toContain('郓城县：没有变化');
    expect(run.out).toContain('单县：没有变化');
  });

  it('builds a hub whose search spans both counties and narrows to one, loading nothing from them', async () => {
    clearHubOutput(hubOut);
    const built = hubBuild(hubDir, hubOut);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    // The hub is served as a county site is: the same nginx configuration, its policy as a header.
    const hubServer = await startNginx(hubOut);
    try {
      const front = await hubServer.get('/');
      expect(front.status).toBe(200);
      expect(front.headers['content-security-policy']).toContain("default-src 'self'");
    } finally {
      await hubServer.close();
    }
    const site = await openSite(hubOut);
    try {
      const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
      const elsewhere: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(site.base)) elsewhere.push(r.url());
      });
      const found = () =>
        page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const links = () => page.$$eval('.search-result h2 a', (a) => a.map((x) => x.getAttribute('href')!));
      await page.goto(`${site.base}/search/?q=${encodeURIComponent('轮椅')}`);
      await found();
      expect(new Set((await links()).map((l) => l.split('/')[1]))).toEqual(new Set(['yuncheng', 'shanxian']));
      await page.locator('[data-search-filter-panel]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await page.check('input[name="县"][value="郓城县"]');
      await page.waitForFunction(() => location.search.includes(encodeURIComponent('县')));
      await found();
      const one = await links();
      expect(one.length).toBeGreaterThan(0);
      expect(one.every((l) => l.startsWith('/yuncheng/'))).toBe(true);
      // Each result says which county it is from.
      const sources = await page.$$eval('.search-result .source', (s) => s.map((x) => x.textContent));
      expect(sources.length).toBe(one.length);
      expect(new Set(sources)).toEqual(new Set(['郓城县']));

      await page.goto(`${site.base}${one[0]}`);
      const original = await page.getAttribute('article a.button', 'href');
      expect(original?.startsWith(`${servers.get('yuncheng')!.https}/`)).toBe(true);
      await page.goto(`${site.base}/`);
      expect(await page.textContent('main')).toContain('单县');
      expect(elsewhere).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
