/**
 * The hub's last good copy of each county (issue 29), and what happened at each attempt. A copy is a
 * folder written whole under a new name and then put in place by renaming one symlink, so a crash
 * between the two leaves the previous copy as it was; a status is one file written and renamed.
 *   <hub>/copies/<id>            → .snapshots/<id>-<random>/ (manifest.json, archive-YYYY.json, validators.json)
 *   <hub>/status/<id>.json       the last attempt
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Refusal } from '../../src/lib/hub/judge-copy.ts';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface StoredCopy {
  manifest: string;
  /** by the path the manifest gives, e.g. /hub/archive-2026.json */
  archives: Map<string, string>;
  /** the manifest's, for a conditional request */
  validators: Validators;
}

export interface CountyStatus {
  id: string;
  lastAttempt: string;
  /** when a good answer last came (changed or not) */
  lastSuccess?: string;
  /** when the copy last changed */
  lastChange?: string;
  result: 'changed' | 'unchanged' | 'failed';
  refusal?: Refusal;
  reason?: string;
  items?: number;
}

const fileOf = (archivePath: string) => path.basename(archivePath);

export function readCopy(hubDir: string, id: string): StoredCopy | undefined {
  const dir = path.join(hubDir, 'copies', id);
  if (!existsSync(path.join(dir, 'manifest.json'))) return undefined;
  const manifest = readFileSync(path.join(dir, 'manifest.json'), 'utf-8');
  const archives = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => /^archive-\d{4}\.json$/.test(n))) {
    archives.set(`/hub/${name}`, readFileSync(path.join(dir, name), 'utf-8'));
  }
  const validators = JSON.parse(readFileSync(path.join(dir, 'validators.json'), 'utf-8')) as Validators;
  return { manifest, archives, validators };
}

/** Puts a new copy in place of the old one, whole or not at all. */
export function writeCopy(hubDir: string, id: string, copy: StoredCopy): void {
  const copies = path.join(hubDir, 'copies');
  const snapshots = path.join(copies, '.snapshots');
  mkdirSync(snapshots, { recursive: true });
  const snapshot = `${id}-${randomBytes(6).toString('hex')}`;
  const dir = path.join(snapshots, snapshot);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'manifest.json'), copy.manifest);
  for (const [archivePath, text] of copy.archives) writeFileSync(path.join(dir, fileOf(archivePath)), text);
  writeFileSync(path.join(dir, 'validators.json'), `${JSON.stringify(copy.validators)}\n`);
  const link = path.join(copies, id);
  const temporary = path.join(copies, `.${id}.link-${randomBytes(6).toString('hex')}`);
  symlinkSync(path.join('.snapshots', snapshot), temporary);
  renameSync(temporary, link);
  // Older snapshots of this county, and any snapshot or link a crash left behind, are no longer pointed at.
  for (const name of readdirSync(copies)) {
    if (name.startsWith(`.${id}.link-`)) rmSync(path.join(copies, name), { force: true });
  }
  for (const name of readdirSync(snapshots)) {
    if (name.startsWith(`${id}-`) && name !== snapshot)
      rmSync(path.join(snapshots, name), { recursive: true, force: true });
  }
}

/** The snapshot a county's copy is now (what a test checks stays put). */
export const copyTarget = (hubDir: string, id: string) => readlinkSync(path.join(hubDir, 'copies', id));

export function readStatus(hubDir: string, id: string): CountyStatus | undefined {
  const file = path.join(hubDir, 'status', `${id}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf-8')) as CountyStatus) : undefined;
}

export function writeStatus(hubDir: string, status: CountyStatus): void {
  const dir = path.join(hubDir, 'status');
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `.${status.id}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(status, null, 2)}\n`);
  renameSync(temporary, path.join(dir, `${status.id}.json`));
}
