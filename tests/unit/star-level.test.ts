import { describe, expect, it } from 'vitest';
import { NATIONAL_VOLUNTEER_THRESHOLDS, starLevel, starName } from '../../src/lib/star-level';
import { maskName } from '../../src/lib/mask-name';

describe('starLevel', () => {
  const stars = (hours: number) => starName(starLevel(hours, NATIONAL_VOLUNTEER_THRESHOLDS));
  it('reaches a level at its threshold and not a moment before', () => {
    expect(stars(0)).toBe('');
    expect(stars(99.5)).toBe('');
    expect(stars(100)).toBe('一星');
    expect(stars(299.9)).toBe('一星');
    expect(stars(300)).toBe('二星');
    expect(stars(600)).toBe('三星');
    expect(stars(1000)).toBe('四星');
    expect(stars(1499)).toBe('四星');
    expect(stars(1500)).toBe('五星');
    expect(stars(9000)).toBe('五星');
  });
  it('follows the thresholds a county sets', () => {
    expect(starLevel(2500, [1000, 3000, 6000])).toBe(1);
    expect(starLevel(6000, [1000, 3000, 6000])).toBe(3);
  });
});

describe('maskName', () => {
  it('keeps the surname and hides each other character', () => {
    expect(maskName('张小明')).toBe('张**');
    expect(maskName('李娜')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('司马光')).toBe('司马*');
    expect(maskName(' 王 ')).toBe('王*');
  });
});
