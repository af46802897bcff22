/**
 * County contracts for the hub's tests, made from the sample's own (/hub/ of the built sample): the
 * same entries as a county at another address publishes them, optionally edited and then rehashed.
 */
import { createHash } from 'node:crypto';
import { movedContract, type ContractFiles } from '../../scripts/hub/moved-contract.ts';
import type { Archive } from '../../src/lib/hub/contract-schema.ts';
import { SAMPLE_SITE } from './site-build';

export type { ContractFiles };
export { storeCopy } from '../../scripts/hub/moved-contract.ts';

/** The sample's contract as a county at `url` publishes it, archives changed by `edit` and rehashed. */
export const contractAt = (url: string, edit?: (archive: Archive) => void): ContractFiles =>
  movedContract(SAMPLE_SITE, url, edit);

export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
