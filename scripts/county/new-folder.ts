/**
 * What starting a site in a folder of its own takes, for a county (npm run init) and a province hub
 * (npm run hub:init) alike: the command line read or its usage shown, an empty folder, this engine's
 * files at this version with their record, and the first commit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ENGINE_RECORD, type EngineRecord } from '../../src/lib/county-files.ts';
import { copyEngineFiles, fileDigests, listEngineFiles } from './engine-files.ts';

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * The options and the one folder named on the command line, which must be empty or not yet there; a
 * mistake shows `usage`, -h shows it and stops; `noFolder` is what to say when no folder is named.
 */
export function folderAndOptions<O extends ParseArgsOptionsConfig>(options: O, usage: string, noFolder: string) {
  type Config = { allowPositionals: true; options: O & { help: { type: 'boolean'; short: 'h' } } };
  const read = (() => {
    try {
      const config: Config = {
        allowPositionals: true,
        options: { ...options, help: { type: 'boolean', short: 'h' } },
      };
      return parseArgs<Config>(config);
    } catch (error) {
      return fail(`${(error as Error).message}\n\n${usage}`);
    }
  })();
  if ((read.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  if (read.positionals.length !== 1) fail(`${noFolder}\n\n${usage}`);
  const target = path.resolve(process.cwd(), read.positionals[0]!);
  if (existsSync(target) && readdirSync(target).length > 0)
    fail(`${target} 已经有文件了：请换一个不存在的或空的文件夹，免得覆盖已有的东西。`);
  return { values: read.values, target };
}

/** Copies the engine's files (what git knows of this checkout, less a site's own) with their record; its version. */
export function writeEngine(target: string, command: string): string {
  const engineDir = path.resolve(import.meta.dirname, '../..');
  const files = listEngineFiles(engineDir);
  if (!files) fail(`${engineDir} 不是 git 仓库：请在 xinfeng 程序的 git 仓库里运行 ${command}。`);
  copyEngineFiles(engineDir, target, files);
  const { version } = JSON.parse(readFileSync(path.join(engineDir, 'package.json'), 'utf-8')) as { version: string };
  const record: EngineRecord = { version, files: fileDigests(target, files) };
  writeFileSync(path.join(target, ENGINE_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  return version;
}

/** One repository, its first commit the site as made; false when git does not know who is committing. */
export function firstCommit(target: string, message: string): boolean {
  const git = (...args: string[]) => spawnSync('git', ['-C', target, ...args], { encoding: 'utf-8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  return git('commit', '-q', '-m', message).status === 0;
}
