import { describe, expect, it } from 'vitest';
import { guardVerdict, type GuardRules } from '../../src/lib/editor-guard';

const rules: GuardRules = {
  port: 8081,
  editorOrigins: ['http://127.0.0.1:4321', 'http://localhost:4321'],
  token: 'a1b2c3d4e5f6',
};
const editor = { host: '127.0.0.1:8081', origin: 'http://127.0.0.1:4321', url: '/a1b2c3d4e5f6/api/v1' };

describe('guardVerdict (the lock in front of decap-server)', () => {
  it('lets the editor’s own page through to decap-server’s path', () => {
    expect(guardVerdict(editor, rules)).toEqual({ allowed: true, path: '/api/v1' });
    expect(guardVerdict({ ...editor, host: 'localhost:8081', origin: 'http://localhost:4321' }, rules)).toEqual({
      allowed: true,
      path: '/api/v1',
    });
  });

  it('refuses a page that rebinds its own name to 127.0.0.1 (its Host header is its own name)', () => {
    const verdict = guardVerdict({ ...editor, host: 'rebind.attacker.example:8081' }, rules);
    expect(verdict).toMatchObject({ allowed: false, reason: expect.stringContaining('rebind.attacker.example') });
  });

  it('refuses another web page open in the same browser, and a request that names no origin', () => {
    expect(guardVerdict({ ...editor, origin: 'https://attacker.example' }, rules).allowed).toBe(false);
    expect(guardVerdict({ ...editor, origin: 'http://127.0.0.1:9999' }, rules).allowed).toBe(false);
    expect(guardVerdict({ ...editor, origin: undefined }, rules).allowed).toBe(false);
  });

  it('refuses a request without this run’s token, or with another one', () => {
    expect(guardVerdict({ ...editor, url: '/api/v1' }, rules).allowed).toBe(false);
    expect(guardVerdict({ ...editor, url: '/a1b2c3d4e5f7/api/v1' }, rules).allowed).toBe(false);
    expect(guardVerdict({ ...editor, url: '/' }, rules).allowed).toBe(false);
  });
});
