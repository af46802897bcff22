/**
 * 长辈版 and 高对比度 switch with a plain link the server answers (src/lib/reader-modes.ts): the shipped
 * nginx and the preview server answer alike, set the cookie, send the reader back only within the site,
 * and give a page without JavaScript the stylesheet of its modes, never cached for another reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type NginxSite } from '../../scripts/server/serve-nginx.ts';
import { startPreview, type Preview } from '../../scripts/server/serve.ts';
import { SAMPLE_SITE } from '../support/site-build';

interface Answer {
  status: number;
  location?: string;
  setCookie?: string;
  cacheControl?: string;
  vary?: string;
  body: string;
}
type Ask = (target: string, cookie?: string) => Promise<Answer>;

let nginx: NginxSite;
let preview: Preview;
const servers: Record<string, Ask> = {};

beforeAll(async () => {
  [nginx, preview] = await Promise.all([startNginx(SAMPLE_SITE), startPreview(SAMPLE_SITE)]);
  servers.nginx = async (target, cookie) => {
    const r = await nginx.get(
      target,
      cookie ? { cookie, 'accept-encoding': 'identity' } : { 'accept-encoding': 'identity' },
    );
    const header = (name: string) => [r.headers[name]].flat().filter(Boolean).join(', ') || undefined;
    return {
      status: r.status,
      location: header('location'),
      setCookie: header('set-cookie'),
      cacheControl: header('cache-control'),
      vary: header('vary'),
      body: r.body.toString('utf-8'),
    };
  };
  servers.preview = async (target, cookie) => {
    const r = await fetch(preview.url + target, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const header = (name: string) => r.headers.get(name) ?? undefined;
    return {
      status: r.status,
      location: header('location'),
      setCookie: header('set-cookie'),
      cacheControl: header('cache-control'),
      vary: header('vary'),
      body: await r.text(),
    };
  };
});
afterAll(async () => {
  await Promise.all([nginx?.close(), preview?.close()]);
});

describe.each(['nginx', 'preview'])('the switches of 长辈版 through %s', (name) => {
  const ask: Ask = (target, cookie) => servers[name]!(target, cookie);

  it('switch a mode on and off with a cookie, and lead back to the page', async () => {
    const on = await ask('/mode/elder-on?back=/stories/lunyi-weixiu/');
    expect(on).toMatchObject({
      status: 303,
      location: '/stories/lunyi-weixiu/',
      setCookie: 'xinfeng_elder=on; Path=/; Max-Age=31536000; SameSite=Lax',
      cacheControl: 'no-store',
    });
    const off = await ask('/mode/contrast-off?back=/teams/');
    expect(off).toMatchObject({
      status: 303,
      location: '/teams/',
      setCookie: 'xinfeng_contrast=; Path=/; Max-Age=0; SameSite=Lax',
    });
  });

  it('never lead to another site', async () => {
    for (const back of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)']) {
      expect((await ask(`/mode/elder-on?back=${back}`)).location, back).toBe('/');
    }
  });

  it('give a page without JavaScript its modes’ stylesheet, for this reader only', async () => {
    const plain = await ask('/modes/reader.css');
    expect(plain.status).toBe(200);
    expect(plain.body.trim()).toBe('');
    expect(plain.cacheControl).toBe('private, no-cache');
    expect(plain.vary).toMatch(/Cookie/);
    const elder = await ask('/modes/reader.css', 'xinfeng_elder=on');
    expect(elder.body).toContain('html:root');
    expect(elder.body).toContain('--tap: 60px');
    expect(elder.body).not.toContain('#000000');
    const both = await ask('/modes/reader.css', 'xinfeng_contrast=on; xinfeng_elder=on');
    expect(both.body).toContain('--tap: 60px');
    expect(both.body).toContain('#000000');
  });
});
