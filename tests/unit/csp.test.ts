import { describe, expect, it } from 'vitest';
import { serverPolicy } from '../../src/lib/csp';

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
