/**
 * County contracts for the hub's tests, made from the sample's own (/hub/ of the built sample): the
 * same entries as a county at another address publishes them, optionally edited and then rehashed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeCopy } from '../../scripts/hub/copies.ts';
import { SITE_URL } from './built-feeds';
import { SAMPLE_SITE } from './site-build';

export type ContractFiles = Map<string, string>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The sample's contract as a county at `url` publishes it, archives changed by `edit` and rehashed. */
export function contractAt(url: string, edit: (archive: any) => void = () => {}): ContractFiles {
  // Its pages and its calendar UIDs at its own address, as a county's own build would have them.
  const moved = (p: string) =>
    readFileSync(path.join(SAMPLE_SITE, p), 'utf-8')
      .replaceAll(`${SITE_URL}/`, url)
      .replaceAll(`@${new URL(SITE_URL).host}"`, `@${new URL(url).host}"`);
  const manifest = JSON.parse(moved('/hub/manifest.json'));
  const files: ContractFiles = new Map();
  for (const file of manifest.files) {
    const archive = JSON.parse(moved(file.path));
    edit(archive);
    const body = `${JSON.stringify(archive, null, 2)}\n`;
    Object.assign(file, { items: archive.items.length, bytes: Buffer.byteLength(body), sha256: sha256(body) });
    files.set(file.path, body);
  }
  files.set('/hub/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

export const etagOf = (body: string) => `"${sha256(body).slice(0, 16)}"`;

/** Keeps a contract as hub:fetch keeps a good copy of it (the validators left out). */
export function storeCopy(hubDir: string, id: string, files: ContractFiles): void {
  const archives = new Map(files);
  const manifest = archives.get('/hub/manifest.json')!;
  archives.delete('/hub/manifest.json');
  writeCopy(hubDir, id, { manifest, archives, validators: {} });
}
