/**
 * npm run hub:fetch against county sites on loopback (issue 29): the sample's own contract served as a
 * county's, and counties that refuse, hang, answer 500, serve HTML as 200, break the schema, date items
 * a year ahead, stream without end or lose most of their items. A good copy is kept, never overwritten by a bad answer; an
 * unchanged county moves no body (304); a changed one moves only its changed archives; what a crash left
 * half-written never replaces the last good copy.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts } from '../../scripts/server/free-ports.ts';
import { copyTarget, readCopy, readStatus } from '../../scripts/hub/copies.ts';
import { contractAt, etagOf, type ContractFiles } from '../support/hub-contracts';
import { hubFetch, writeRegistry } from '../support/hub-commands';

type Files = ContractFiles;

/** What each county's server does: serve files (with ETag and 304), or misbehave. */
type Behaviour = { files: Files } | 'hang' | 'error' | 'html' | 'huge';
const behaviour = new Map<string, Behaviour>();
const requests: { county: string; path: string; status: number; bytes: number }[] = [];
let server: Server;
let base = '';
let closedPort = 0;
let hubDir = '';

beforeAll(async () => {
  let port: number;
  [port, closedPort] = (await freePorts([0, 0])) as [number, number];
  base = `http://127.0.0.1:${port}`;
  server = createServer((req, res) => {
    const [, county, ...rest] = (req.url ?? '').split('/');
    const file = `/${rest.join('/')}`;
    const what = behaviour.get(county!);
    const answer = (status: number, body = '', headers: Record<string, string> = {}) => {
      requests.push({ county: county!, path: file, status, bytes: Buffer.byteLength(body) });
      res.writeHead(status, headers).end(body);
    };
    if (what === 'hang') return; // never answers
    if (what === 'error') return answer(500, 'Internal Server Error');
    if (what === 'html') return answer(200, '<!doctype html><title>维护中</title>', { 'content-type': 'text/html' });
    if (what === 'huge') {
      // Without a length, in pieces, as a stream that would go on filling the hub's memory.
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 64; i++) res.write(`${'"填充",'.repeat(2000)}\n`);
      return res.end();
    }
    const body = what?.files.get(file);
    if (body === undefined) return answer(404, 'not found');
    const etag = etagOf(body);
    if (req.headers['if-none-match'] === etag) return answer(304, '', { etag });
    answer(200, body, { 'content-type': 'application/json; charset=utf-8', etag });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  hubDir = mkdtempSync(path.join(tmpdir(), 'xinfeng-hub-'));
  const counties = [
    ['juye', '巨野县', `${base}/juye/`],
    ['refused', '拒连县', `http://127.0.0.1:${closedPort}/refused/`],
    ['hang', '无声县', `${base}/hang/`],
    ['error', '出错县', `${base}/error/`],
    ['html', '网页县', `${base}/html/`],
    ['schema', '错版县', `${base}/schema/`],
    ['future', '未来县', `${base}/future/`],
    ['huge', '巨量县', `${base}/huge/`],
  ];
  writeRegistry(
    hubDir,
    counties.map(([id, name, url]) => ({ id: id!, name: name!, url: url! })),
  );
  behaviour.set('juye', { files: contractAt(`${base}/juye/`) });
  for (const id of ['hang', 'error', 'html', 'huge'] as const) behaviour.set(id, id);
  const wrongFormat = contractAt(`${base}/schema/`);
  wrongFormat.set('/hub/manifest.json', wrongFormat.get('/hub/manifest.json')!.replace('"format": 1', '"format": 2'));
  behaviour.set('schema', { files: wrongFormat });
  behaviour.set('future', {
    files: contractAt(`${base}/future/`, (a) => {
      if (a.items[0]) a.items[0].date_published = '2027-12-01T09:00:00+08:00';
    }),
  });
});
afterAll(() => server?.close());

const run = (dir = hubDir) =>
  hubFetch(dir, { XINFENG_HUB_TIMEOUT_MS: '700', XINFENG_HUB_RETRIES: '1', XINFENG_HUB_MAX_BYTES: String(512 * 1024) });

async function fetched(): Promise<string> {
  const said = await run();
  expect(said.status, said.err).toBe(0);
  return said.out;
}

describe('npm run hub:fetch', () => {
  it('keeps a good county’s copy and names every other failure, keeping nothing of them', async () => {
    const said = await fetched();
    expect(said).toContain('巨野县：已更新');
    expect(readStatus(hubDir, 'juye')).toMatchObject({ result: 'changed', items: expect.any(Number) });
    const expected = {
      refused: 'refused',
      hang: 'timeout',
      error: 'http-error',
      html: 'html',
      schema: 'schema',
      future: 'future',
      huge: 'too-large',
    } as const;
    for (const [id, refusal] of Object.entries(expected)) {
      expect(readStatus(hubDir, id), id).toMatchObject({ result: 'failed', refusal });
      expect(readCopy(hubDir, id), id).toBeUndefined();
    }
    expect(said).toContain('共 8 个县：1 个取到，7 个没取到。');
    expect(said).toContain(
      '巨量县：没取到：' + `${base}/huge/hub/manifest.json 超过了 512 KB，不像是正常的数据（还没有副本）`,
    );
    // In Chinese for the status page, Zod's own words included.
    expect(readStatus(hubDir, 'schema')!.reason).toBe('清单 manifest.json 的 format 不合约定：无效输入：期望 1');
    expect(readStatus(hubDir, 'future')!.reason).toMatch(/的发布时间 2027年12月1日（星期三）09:00 比现在晚了一天以上$/);
    expect(said).toMatch(/无声县：没取到：0\.7 秒内没有答复（还没有副本）/);
  });

  it('moves no body for a county that has not changed (304)', async () => {
    requests.length = 0;
    expect(await fetched()).toContain('巨野县：没有变化');
    const juye = requests.filter((r) => r.county === 'juye');
    expect(juye).toEqual([{ county: 'juye', path: '/hub/manifest.json', status: 304, bytes: 0 }]);
  });

  it('takes an update, fetching only the archives that changed', async () => {
    const before = copyTarget(hubDir, 'juye');
    behaviour.set('juye', {
      files: contractAt(`${base}/juye/`, (a) => {
        if (a._xinfeng.year === 2026) a.items[0].title = '更新后的标题';
      }),
    });
    requests.length = 0;
    expect(await fetched()).toContain('巨野县：已更新');
    const moved = requests.filter((r) => r.county === 'juye' && r.status === 200).map((r) => r.path);
    expect(moved).toEqual(['/hub/manifest.json', '/hub/archive-2026.json']);
    expect(copyTarget(hubDir, 'juye')).not.toBe(before);
    expect(readCopy(hubDir, 'juye')!.archives.get('/hub/archive-2026.json')).toContain('更新后的标题');
  });

  it('never overwrites the good copy with a bad answer: an error, or most items gone', async () => {
    const good = copyTarget(hubDir, 'juye');
    const goodFiles = readCopy(hubDir, 'juye')!;
    behaviour.set('juye', 'error');
    expect(await fetched()).toContain('巨野县：没取到：答复 500（保留上次的副本）');
    behaviour.set('juye', { files: contractAt(`${base}/juye/`, (a) => a.items.splice(1)) });
    await fetched();
    expect(readStatus(hubDir, 'juye')).toMatchObject({ result: 'failed', refusal: 'vanished' });
    expect(copyTarget(hubDir, 'juye')).toBe(good);
    expect(readCopy(hubDir, 'juye')).toEqual(goodFiles);
  });

  it('keeps the last good copy through a crash between writing a new one and putting it in place', async () => {
    const good = copyTarget(hubDir, 'juye');
    const goodFiles = readCopy(hubDir, 'juye')!;
    // What a crash leaves: a half-written snapshot and the new link not yet renamed over the old.
    const half = path.join(hubDir, 'copies/.snapshots/juye-crashed');
    mkdirSync(half);
    writeFileSync(path.join(half, 'manifest.json'), '{"format": 1, "si');
    symlinkSync('.snapshots/juye-crashed', path.join(hubDir, 'copies/.juye.link-crashed'));
    expect(readCopy(hubDir, 'juye')).toEqual(goodFiles);
    behaviour.set('juye', { files: contractAt(`${base}/juye/`) });
    expect(await fetched()).toContain('巨野县：已更新');
    expect(copyTarget(hubDir, 'juye')).not.toBe(good);
    expect(existsSync(half)).toBe(false);
    expect(existsSync(path.join(hubDir, 'copies/.juye.link-crashed'))).toBe(false);
  });

  it('stops on a broken registry, saying which county and field', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'xinfeng-hub-broken-'));
    writeFileSync(path.join(broken, 'registry.yaml'), 'name: 测试省\ncounties:\n  - id: 巨野\n    name: 巨野县\n');
    const said = await run(broken);
    expect(said.status).toBe(1);
    expect(said.err).toContain('第 1 个县（counties[0]）的 id 写得不对（"巨野"）：应为小写拼音或英文字母');
  });
});
