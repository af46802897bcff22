/**
 * Which files of a county's repository are the county's own and which the engine's. The county's are
 * its content/ folder (everything staff write, attachments included) and the editor's login settings,
 * which live outside content/ so that an account that can edit content cannot change them. Engine
 * upgrades replace every other file and never touch these (docs/architecture.md, "A county's site").
 */

/** Folders and files of the county's own, by their path from the repository's root, with /. */
const COUNTY_PATHS = ['content/', 'deploy/editor.yaml'] as const;

/** The record of which engine a county's site runs: its version and every file it put there. */
export const ENGINE_RECORD = 'xinfeng-engine.json';

export interface EngineRecord {
  /** the engine's version (its package.json) */
  version: string;
  /**
   * every file the engine put in the repository, with a digest of what it put there: an upgrade
   * removes those the new engine drops, and says which the county changed since
   */
  files: Record<string, string>;
}

export function isCountyFile(file: string): boolean {
  return file === ENGINE_RECORD || COUNTY_PATHS.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
}

/** The engine's files among a repository's: not the county's, and not the engine's own sample site. */
export function engineFiles(files: readonly string[]): string[] {
  return files.filter((file) => !isCountyFile(file)).sort();
}
