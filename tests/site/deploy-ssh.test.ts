/**
 * npm run deploy to `user@host:/srv/xinfeng` as the pipeline runs it: over ssh, with the deploy key and
 * the server's host key given as files, to an OpenSSH server this test starts on a loopback port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts } from '../../scripts/server/free-ports.ts';
import { finishedBuild, runDeploy } from '../support/deploy-fixtures';
import { ROOT } from '../support/site-build';
import { waitFor } from '../support/wait-for';

const WORK = path.join(ROOT, '.test-dist', 'deploy-ssh');
const KEYS = path.join(WORK, 'keys');
const SERVED = path.join(WORK, 'srv', 'xinfeng');
let sshd: ChildProcess | undefined;
let port = 0;

const keygen = (file: string) =>
  spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file], { encoding: 'utf-8' });

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(KEYS, { recursive: true, mode: 0o700 });
  mkdirSync('/run/sshd', { recursive: true });
  keygen(path.join(KEYS, 'host'));
  keygen(path.join(KEYS, 'deploy'));
  writeFileSync(path.join(KEYS, 'authorized_keys'), readFileSync(path.join(KEYS, 'deploy.pub')));
  [port] = await freePorts([0]);
  writeFileSync(
    path.join(KEYS, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${path.join(KEYS, 'host')}`,
      `AuthorizedKeysFile ${path.join(KEYS, 'authorized_keys')}`,
      `PidFile ${path.join(KEYS, 'sshd.pid')}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
    ].join('\n'),
  );
  const hostKey = readFileSync(path.join(KEYS, 'host.pub'), 'utf-8').split(' ').slice(0, 2).join(' ');
  writeFileSync(path.join(KEYS, 'known_hosts'), `[127.0.0.1]:${port} ${hostKey}\n`);
  writeFileSync(path.join(KEYS, 'other_hosts'), '');
  sshd = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', path.join(KEYS, 'sshd_config')], { stdio: 'ignore' });
  await waitFor('sshd listening', () => {
    const probe = spawnSync('ssh-keyscan', ['-p', String(port), '127.0.0.1'], { encoding: 'utf-8' });
    return probe.stdout.includes('ssh-ed25519') || undefined;
  });
});
afterAll(() => {
  sshd?.kill();
});

const target = () => `${userInfo().username}@127.0.0.1:${SERVED}`;
const withKeys = (knownHosts = 'known_hosts') => [
  '--port',
  String(port),
  '--identity',
  path.join(KEYS, 'deploy'),
  '--known-hosts',
  path.join(KEYS, knownHosts),
];
const homeSays = () =>
  /<p id="build">([^<]+)<\/p>/.exec(readFileSync(path.join(SERVED, 'current', 'index.html'), 'utf-8'))?.[1];

describe('npm run deploy to a server over ssh', () => {
  it('uploads, switches, runs --after on the server, and rolls back, with the key and host key from files', () => {
    const first = runDeploy(target(), '--dir', finishedBuild(WORK, 'one'), ...withKeys());
    expect(first.output).toContain('已上线');
    expect(first.status).toBe(0);
    const marker = path.join(WORK, 'reloaded.txt');
    const second = runDeploy(
      target(),
      '--dir',
      finishedBuild(WORK, 'two'),
      ...withKeys(),
      '--after',
      `echo "reloaded on $(hostname)" > ${marker}`,
    );
    expect(second.status).toBe(0);
    expect(homeSays()).toBe('two');
    expect(readlinkSync(path.join(SERVED, 'current'))).toMatch(/-two0000$/);
    expect(readFileSync(marker, 'utf-8')).toMatch(/^reloaded on /);
    expect(runDeploy('--rollback', target(), ...withKeys()).output).toMatch(/已回退：.*two0000 → .*one0000/);
    expect(homeSays()).toBe('one');
  });

  it('refuses a server whose host key is not the one given, and changes nothing', () => {
    const refused = runDeploy(target(), '--dir', finishedBuild(WORK, 'three'), ...withKeys('other_hosts'));
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('无法通过 ssh 登录');
    expect(refused.output).toMatch(/Host key verification failed/);
    expect(homeSays()).toBe('one');
  });
});
