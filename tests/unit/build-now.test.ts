import { describe, expect, it } from 'vitest';
import { buildNow } from '../../src/lib/build-now';

describe('buildNow', () => {
  it('takes SOURCE_DATE_EPOCH when set, so two builds agree', () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: '1772500000' }, () => 0).toISOString()).toBe('2026-03-03T01:06:40.000Z');
  });
  it('falls back to the clock', () => {
    expect(buildNow({}, () => 1_000).getTime()).toBe(1_000);
  });
  it('says in Chinese what is wrong with a malformed value', () => {
    expect(() => buildNow({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH 应为整数秒/);
  });
});
