import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format-count';

describe('formatCount', () => {
  it('groups thousands and keeps one decimal at most', () => {
    expect(formatCount(132750)).toBe('132,750');
    expect(formatCount(60660.24)).toBe('60,660.2');
  });
});
