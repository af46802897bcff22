/**
 * Brings one county's copy up to date (issue 29): asks for its manifest on the last one's validators;
 * fetches only the archives whose checksum changed; judges the whole; keeps it only if it is good.
 */
import { createHash } from 'node:crypto';
import { judgeCopy } from '../../src/lib/hub/judge-copy.ts';
import type { County } from '../../src/lib/hub/registry.ts';
import { readCopy, readStatus, writeCopy, writeStatus, type CountyStatus } from './copies.ts';
import { countyRequest, type RequestOptions } from './county-request.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The archives a manifest lists, read leniently: the judge says what is wrong with it. */
function listedFiles(manifest: string): { path: string; sha256?: string }[] {
  try {
    const files = (JSON.parse(manifest) as { files?: unknown }).files;
    return Array.isArray(files)
      ? files.filter((f) => typeof f?.path === 'string' && /^\/hub\/archive-\d{4}\.json$/.test(f.path))
      : [];
  } catch {
    return [];
  }
}

export async function refreshCounty(
  hubDir: string,
  county: County,
  now: Date,
  options: RequestOptions,
): Promise<CountyStatus> {
  const previous = readCopy(hubDir, county.id);
  const before = readStatus(hubDir, county.id);
  const attempt = { id: county.id, lastAttempt: now.toISOString() };
  const kept = {
    ...(before?.lastSuccess ? { lastSuccess: before.lastSuccess } : {}),
    ...(before?.lastChange ? { lastChange: before.lastChange } : {}),
    ...(before?.items !== undefined ? { items: before.items } : {}),
  };
  const failed = (refusal: CountyStatus['refusal'], reason: string): CountyStatus => {
    const status: CountyStatus = { ...attempt, ...kept, result: 'failed', refusal, reason };
    writeStatus(hubDir, status);
    return status;
  };

  const manifestUrl = new URL('hub/manifest.json', county.url).href;
  const answer = await countyRequest(manifestUrl, previous?.validators ?? {}, options);
  if (!answer.ok) return failed(answer.refusal, answer.reason);
  if (answer.status === 304) {
    if (!previous) return failed('http-error', '答复“未改变”（304），可这里还没有它的副本');
    const status: CountyStatus = { ...attempt, ...kept, lastSuccess: now.toISOString(), result: 'unchanged' };
    writeStatus(hubDir, status);
    return status;
  }

  const archives = new Map<string, string>();
  for (const file of listedFiles(answer.body)) {
    const old = previous?.archives.get(file.path);
    if (old !== undefined && sha256(old) === file.sha256) {
      archives.set(file.path, old);
      continue;
    }
    const got = await countyRequest(new URL(file.path.slice(1), county.url).href, {}, options);
    if (!got.ok) return failed(got.refusal, got.reason);
    if (got.status === 200) archives.set(file.path, got.body);
  }
  const previousItems = previous
    ? judgeCopy({ county, manifest: previous.manifest, archives: previous.archives, now })
    : undefined;
  const judged = judgeCopy({
    county,
    manifest: answer.body,
    archives,
    ...(previousItems?.ok ? { previousItems: previousItems.items } : {}),
    now,
  });
  if (!judged.ok) return failed(judged.refusal, judged.reason);
  const changed = previous?.manifest !== answer.body;
  if (changed) writeCopy(hubDir, county.id, { manifest: answer.body, archives, validators: answer.validators });
  const status: CountyStatus = {
    ...attempt,
    ...kept,
    lastSuccess: now.toISOString(),
    ...(changed || !kept.lastChange ? { lastChange: now.toISOString() } : {}),
    result: changed ? 'changed' : 'unchanged',
    items: judged.items,
  };
  writeStatus(hubDir, status);
  return status;
}
