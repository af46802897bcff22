/**
 * The sample site served by Debian's nginx with the shipped configuration (deploy/nginx/, through
 * scripts/server/serve-nginx.ts): every page of the sitemap with its type, its compressed copies and the
 * file's exact bytes; the 404 page; redirects; caching; security headers; feeds read by feedparser
 * over HTTPS.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBIAN_PYTHON } from '../../scripts/dev/test-tools.ts';
import { startNginx, substituteForTest, type NginxAnswer, type NginxSite } from '../../scripts/server/serve-nginx.ts';
import { contentTypeFor } from '../../src/lib/content-types';
import { ROOT, SAMPLE_SITE } from '../support/site-build';

let nginx: NginxSite;
beforeAll(async () => {
  nginx = await startNginx(SAMPLE_SITE);
});
afterAll(async () => nginx?.close());

/** One request as a browser sends it, trusting this run's certificate. */
const get = (url: string, headers: Record<string, string> = {}) => nginx.get(url, headers);

function decoded({ headers, body }: NginxAnswer): Buffer {
  const encoding = headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

const fileFor = (urlPath: string) => path.join(SAMPLE_SITE, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

function sitemapPaths(): string[] {
  const sitemap = readFileSync(path.join(SAMPLE_SITE, 'sitemap-0.xml'), 'utf-8');
  return [...sitemap.matchAll(/<loc>https:\/\/xinfeng\.example\.org([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

describe('nginx with the shipped configuration', () => {
  it('runs the shipped files with only their paths and ports changed', () => {
    const shipped = readFileSync(path.join(ROOT, 'deploy/nginx/xinfeng.conf'), 'utf-8');
    const run = substituteForTest(shipped, {
      site: '/tmp/site',
      snippets: '/tmp/run',
      httpPort: 8080,
      httpsPort: 8443,
      certificate: '/tmp/run/t.crt',
      key: '/tmp/run/t.key',
      ipv6: true,
    }).split('\n');
    const changed = shipped.split('\n').filter((line, i) => line !== run[i]);
    expect(changed.map((l) => l.trim().split(' ')[0])).toEqual([
      'listen',
      'listen',
      'listen',
      'listen',
      'ssl_certificate',
      'ssl_certificate_key',
      'root',
      'include',
    ]);
  });

  it('answers every page of the sitemap with its type, compressed by the build, byte for byte the built file', async () => {
    const paths = [...sitemapPaths(), '/rss.xml', '/feed.json', '/feeds.opml', '/calendar.ics', '/sitemap-index.xml'];
    expect(paths.length).toBeGreaterThan(50);
    for (const urlPath of paths) {
      const file = readFileSync(fileFor(urlPath));
      for (const acceptEncoding of ['br, gzip', 'gzip', 'identity']) {
        const answer = await get(nginx.https + encodeURI(urlPath), { 'Accept-Encoding': acceptEncoding });
        const where = `${urlPath} (${acceptEncoding})`;
        expect(answer.status, where).toBe(200);
        expect(answer.headers['content-type'], where).toBe(contentTypeFor(fileFor(urlPath)));
        if (file.length > 4096 && acceptEncoding !== 'identity') {
          expect(answer.headers['content-encoding'], where).toBe(acceptEncoding.startsWith('br') ? 'br' : 'gzip');
        }
        expect(decoded(answer).equals(file), where).toBe(true);
      }
    }
  }, 120_000);

  it('gives a missing address the site’s 404 page with status 404', async () => {
    const answer = await get(`${nginx.https}/stories/no-such-story/`);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(decoded(answer).equals(readFileSync(path.join(SAMPLE_SITE, '404.html')))).toBe(true);
  });

  it('never serves what the build left for the server', async () => {
    for (const file of ['/.server/build.json', '/.server/csp.conf', '/.server/csp.txt']) {
      expect((await get(nginx.https + file)).status, file).toBe(404);
    }
  });

  it('adds the slash to a section’s address and sends plain HTTP to HTTPS', async () => {
    const section = await get(`${nginx.https}/stories`);
    expect(section.status).toBe(301);
    expect(section.headers.location).toBe('/stories/');
    const plain = await get(`${nginx.http}/stories/lunyi-weixiu/`);
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('https://127.0.0.1/stories/lunyi-weixiu/');
  });

  it('answers a range of a large file', async () => {
    const answer = await get(`${nginx.https}/admin/decap-cms.js`, { Range: 'bytes=100-199' });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-range']).toMatch(/^bytes 100-199\/\d+$/);
    expect(answer.body.equals(readFileSync(path.join(SAMPLE_SITE, 'admin/decap-cms.js')).subarray(100, 200))).toBe(
      true,
    );
  });

  it('sends a 微电影 as video/mp4 in ranges, the way a phone seeks, kept a year', async () => {
    const film = readdirSync(path.join(SAMPLE_SITE, 'videos/files')).find((f) => f.endsWith('.mp4'))!;
    const answer = await get(`${nginx.https}/videos/files/${film}`, { Range: 'bytes=0-1023' });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-type']).toBe('video/mp4');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body.equals(readFileSync(path.join(SAMPLE_SITE, 'videos/files', film)).subarray(0, 1024))).toBe(true);
  });

  it('keeps named-by-content files a year and asks again for pages, feeds and the search entry', async () => {
    const astro = readFileSync(path.join(SAMPLE_SITE, 'index.html'), 'utf-8').match(/\/_astro\/[^"]+\.css/)![0];
    const fragment = readdirSync(path.join(SAMPLE_SITE, 'pagefind/fragment'))[0]!;
    const cache = async (urlPath: string) => (await get(nginx.https + urlPath)).headers['cache-control'];
    for (const immutable of [astro, `/pagefind/fragment/${fragment}`]) {
      expect(await cache(immutable), immutable).toBe('public, max-age=31536000, immutable');
    }
    for (const fresh of [
      '/',
      '/stories/lunyi-weixiu/',
      '/rss.xml',
      '/feed.json',
      '/calendar.ics',
      '/pagefind/pagefind-entry.json',
    ]) {
      expect(await cache(fresh), fresh).toBe('no-cache');
    }
    expect(await cache('/stories/lunyi-weixiu/cover.jpg')).toBe('public, max-age=3600');
  });

  it('sends the search index so the browser, not Pagefind’s script, inflates it', async () => {
    const SIGNATURE = 'pagefind_dcd';
    // Chunks and fragments stay Pagefind's gzip, said so in Content-Encoding.
    const chunk = readdirSync(path.join(SAMPLE_SITE, 'pagefind/index'))[0]!;
    const index = await get(`${nginx.https}/pagefind/index/${chunk}`, { 'Accept-Encoding': 'br, gzip' });
    expect(index.headers['content-encoding']).toBe('gzip');
    expect(index.body.equals(readFileSync(path.join(SAMPLE_SITE, 'pagefind/index', chunk)))).toBe(true);
    expect(decoded(index).subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
    // The WebAssembly is stored inflated and sent as the build's Brotli copy, smaller than Pagefind's gzip.
    const wasm = await get(`${nginx.https}/pagefind/wasm.unknown.pagefind`, { 'Accept-Encoding': 'br, gzip' });
    expect(wasm.headers['content-encoding']).toBe('br');
    expect(decoded(wasm).equals(readFileSync(path.join(SAMPLE_SITE, 'pagefind/wasm.unknown.pagefind')))).toBe(true);
    expect(decoded(wasm).subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
    expect(wasm.body.length).toBeLessThan(50_000);
    expect(wasm.headers['cache-control']).toBe('no-cache');
  });

  it('sends the pages’ own policy, the editor’s own on /admin/, and the other security headers', async () => {
    const page = await get(`${nginx.https}/stories/lunyi-weixiu/`);
    const policy = readFileSync(path.join(SAMPLE_SITE, '.server/csp.txt'), 'utf-8').trim();
    expect(page.headers['content-security-policy']).toBe(policy);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['permissions-policy']).toContain('geolocation=()');
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    const admin = await get(`${nginx.https}/admin/`);
    expect(admin.status).toBe(200);
    expect(admin.headers['content-security-policy']).toBe(
      readFileSync(path.join(SAMPLE_SITE, '.server/csp-admin.txt'), 'utf-8').trim(),
    );
    expect((await get(`${nginx.https}/nothing`)).headers['content-security-policy']).toBe(policy);
  });

  it('serves every feed to feedparser over HTTPS', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xinfeng-ca-'));
    writeFileSync(path.join(dir, 'ca.pem'), nginx.certificate);
    const feeds = ['/rss.xml', '/stories/rss.xml', '/announcements/rss.xml', '/teams/jinhui-zhulao/rss.xml'];
    const { stdout } = await promisify(execFile)(
      DEBIAN_PYTHON,
      [path.join(ROOT, 'tests/support/feed_client.py'), 'feed', ...feeds.map((f) => nginx.https + f)],
      { env: { ...process.env, SSL_CERT_FILE: path.join(dir, 'ca.pem') }, maxBuffer: 16 * 1024 * 1024 },
    );
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results).toHaveLength(feeds.length);
    for (const feed of results) {
      expect(feed.bozo, `${feed.source}: ${feed.bozo_exception}`).toBe(false);
      expect(feed.entries.length, feed.source).toBeGreaterThan(0);
      expect(feed.title, feed.source).toMatch(/\p{Script=Han}/u);
    }
  });
});
