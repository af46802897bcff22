/** The server's timed rebuild (deploy/cron/xinfeng-rebuild): a valid cron.d line that builds and deploys. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const entries = readFileSync(path.join(ROOT, 'deploy/cron/xinfeng-rebuild'), 'utf-8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

describe('the timed rebuild’s cron entry', () => {
  it('is one cron.d line: every half hour, as the deploy user, a command the shell can read', () => {
    expect(entries).toHaveLength(1);
    const [minute, hour, day, month, weekday, user, ...command] = entries[0]!.split(/\s+/);
    expect([minute, hour, day, month, weekday, user]).toEqual(['5,35', '*', '*', '*', '*', 'xinfeng']);
    // cron.d hands the rest to /bin/sh, where an unescaped % would end the command.
    const script = command.join(' ');
    expect(script).not.toContain('%');
    expect(spawnSync('sh', ['-n', '-c', script], { encoding: 'utf-8' }).stderr).toBe('');
  });

  it('pulls, reinstalls packages when the lockfile changed, and builds and deploys what is due', () => {
    const script = entries[0]!;
    const steps = ['git pull --ff-only', 'npm ci', 'npm run rebuild-if-due -- --deploy-to /srv/xinfeng --after'];
    const at = steps.map((step) => script.indexOf(step));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(script).toMatch(/>> \/var\/log\/xinfeng\/rebuild\.log 2>&1$/);
  });
});
