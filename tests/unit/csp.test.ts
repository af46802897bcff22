import { describe, expect, it } from 'vitest';
import { adminPolicy, serverPolicy } from '../../src/lib/csp';

describe('serverPolicy', () => {
  it('joins the pages’ policies, keeping each source once, and forbids framing', () => {
    const policy = serverPolicy([
      "default-src 'self';object-src 'none'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s';",
      "default-src 'self';object-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s';",
    ]);
    expect(policy).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
  });
});

describe('adminPolicy', () => {
  const directives = (policy: string) =>
    new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));

  it('runs scripts from the site only, never inline, and talks only to the site and its git server', () => {
    const policy = directives(adminPolicy(['https://git.juye.example']));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', 'https://git.juye.example']);
    expect(policy.get('img-src')).toContain('https://git.juye.example');
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });
});
