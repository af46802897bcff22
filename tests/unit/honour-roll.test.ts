import { describe, expect, it } from 'vitest';
import { honourRoll, protectedNames } from '../../src/lib/honour-roll';

const person = (name: string, more: Partial<Parameters<typeof honourRoll>[0][number]['person']> = {}) => ({
  name,
  team: 'qingnian',
  hours: 320,
  consent: true,
  minor: false,
  sample: true,
  ...more,
});

describe('honourRoll', () => {
  const roll = honourRoll(
    [
      { year: '2025', person: person('王丽', { hours: 1520, photo: 'wangli.jpg', note: '坚持十年' }) },
      { year: '2025', person: person('张小明', { consent: false, photo: 'zhang.jpg', hours: 99.5 }) },
      { year: '2025', person: person('刘小雨', { minor: true, consent: true, note: '小小志愿者' }) },
      { year: '2024', person: person('赵刚', { hours: 650 }) },
    ],
    [100, 300, 600, 1000, 1500],
  );
  it('names those who agreed, masks those who did not, and counts minors without naming them', () => {
    expect(roll.map((y) => y.year)).toEqual(['2025', '2024']);
    const [y2025] = roll;
    expect(y2025!.people.map((p) => [p.name, p.named, p.stars, p.photo])).toEqual([
      ['王丽', true, 5, 'wangli.jpg'],
      ['张**', false, 0, undefined],
    ]);
    expect(y2025!.minors).toBe(1);
    expect(y2025!.minorsByTeam.get('qingnian')).toBe(1);
    expect(JSON.stringify(y2025)).not.toMatch(/张小明|刘小雨|小小志愿者/);
  });
  it('lists the names never to be printed', () => {
    expect(
      protectedNames([person('王丽'), person('张小明', { consent: false }), person('刘小雨', { minor: true })]),
    ).toEqual(['张小明', '刘小雨']);
  });
});
