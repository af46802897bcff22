/**
 * One request to a county's site, as the hub makes it (issue 29): a time limit, retries after a
 * network failure, a timeout or a 5xx, conditional on what the last good copy was served with, and
 * every failure named for the status page.
 */
import type { Refusal } from '../../src/lib/hub/judge-copy.ts';
import type { Validators } from './copies.ts';

export interface RequestOptions {
  /** per attempt */
  timeoutMs: number;
  retries: number;
  /** the most one answer may carry: a county's server is input like any other, and is not let fill memory */
  maxBytes: number;
}

/** The body, or undefined once it passes maxBytes (read no further). */
async function boundedText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf-8');
}

export type CountyAnswer =
  | { ok: true; status: 200; body: string; validators: Validators }
  | { ok: true; status: 304 }
  | { ok: false; refusal: Refusal; reason: string };

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function once(
  url: string,
  validators: Validators,
  { timeoutMs, maxBytes }: RequestOptions,
): Promise<CountyAnswer & { retry?: boolean }> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: {
        accept: 'application/json',
        ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
        ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
      },
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, refusal: 'timeout', reason: `${timeoutMs / 1000} 秒内没有答复`, retry: true };
    }
    const code = ((error as { cause?: { code?: string } }).cause?.code ?? '') as string;
    return { ok: false, refusal: 'refused', reason: `连不上（${code || (error as Error).message}）`, retry: true };
  }
  if (response.status === 304) return { ok: true, status: 304 };
  if (response.status === 404) return { ok: false, refusal: 'not-found', reason: `${url} 不存在（404）` };
  if (response.status !== 200) {
    return { ok: false, refusal: 'http-error', reason: `答复 ${response.status}`, retry: response.status >= 500 };
  }
  try {
    const body = await boundedText(response, maxBytes);
    if (body === undefined) {
      const limit =
        maxBytes >= 1 << 20 ? `${Math.round(maxBytes / (1 << 20))} MB` : `${Math.round(maxBytes / 1024)} KB`;
      return { ok: false, refusal: 'too-large', reason: `${url} 超过了 ${limit}，不像是正常的数据` };
    }
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return { ok: false, refusal: 'html', reason: `${url} 答复的是网页（HTML），不是 JSON` };
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      ok: true,
      status: 200,
      body,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } catch {
    return { ok: false, refusal: 'timeout', reason: `${timeoutMs / 1000} 秒内没有传完`, retry: true };
  }
}

export async function countyRequest(
  url: string,
  validators: Validators,
  options: RequestOptions,
): Promise<CountyAnswer> {
  for (let attempt = 0; ; attempt++) {
    const { retry, ...answer } = await once(url, validators, options);
    if (answer.ok || !retry || attempt >= options.retries) return answer;
    await wait(200 * 2 ** attempt);
  }
}
