/**
 * A built county site's contract (its /hub/ files) as a county at another address would publish the
 * same entries: every address and calendar UID moved, archives optionally edited, checksums made again.
 * For the hub's tests and its benchmark, which need many counties from one build; and the copy
 * hub:fetch would keep of it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from '../../src/lib/hub/contract-schema.ts';
import { writeCopy } from './copies.ts';

/** Each file's text by its path on the site (/hub/manifest.json, /hub/archive-YYYY.json). */
export type ContractFiles = Map<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
// As the county site writes them (src/lib/hub-contract.ts).
const asServed = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function movedContract(
  siteDir: string,
  url: string,
  edit: (archive: Archive) => void = () => {},
): ContractFiles {
  const read = (p: string) => readFileSync(path.join(siteDir, p), 'utf-8');
  const from = (JSON.parse(read('hub/manifest.json')) as { site: { url: string } }).site.url;
  // Its pages and its calendar UIDs at its own address, as a county's own build would have them.
  const moved = (p: string) =>
    read(p)
      .replaceAll(from, url)
      .replaceAll(`@${new URL(from).host}"`, `@${new URL(url).host}"`);
  const manifest = JSON.parse(moved('hub/manifest.json'));
  const files: ContractFiles = new Map();
  for (const file of manifest.files) {
    const archive = JSON.parse(moved(file.path.slice(1)));
    edit(archive);
    const body = asServed(archive);
    Object.assign(file, { items: archive.items.length, bytes: Buffer.byteLength(body), sha256: sha256(body) });
    files.set(file.path, body);
  }
  files.set('/hub/manifest.json', asServed(manifest));
  return files;
}

/** Keeps a contract as hub:fetch keeps a good copy of it (no validators: it was not fetched). */
export function storeCopy(hubDir: string, id: string, files: ContractFiles): void {
  const archives = new Map(files);
  const manifest = archives.get('/hub/manifest.json')!;
  archives.delete('/hub/manifest.json');
  writeCopy(hubDir, id, { manifest, archives, validators: {} });
}
