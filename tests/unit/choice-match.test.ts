import { describe, expect, it } from 'vitest';
import { choiceList, matchChoice } from '../../src/lib/choice-match';

const teams = [
  { id: 'jinhui-zhulao', name: '巨野县“金晖”助老志愿服务队' },
  { id: 'yingji-jiuyuan', name: '巨野县应急救援志愿服务队' },
  { id: 'qingnian', name: '巨野县青年志愿服务队' },
];

describe('matchChoice', () => {
  it('takes a number from the list, an id or a Chinese name', () => {
    expect(matchChoice('2', teams)).toEqual({ id: 'yingji-jiuyuan' });
    expect(matchChoice('qingnian', teams)).toEqual({ id: 'qingnian' });
    expect(matchChoice(' 巨野县青年志愿服务队 ', teams)).toEqual({ id: 'qingnian' });
  });
  it('takes a part of a name when only one fits', () => {
    expect(matchChoice('金晖', teams)).toEqual({ id: 'jinhui-zhulao' });
    expect(matchChoice('应急', teams)).toEqual({ id: 'yingji-jiuyuan' });
  });
  it('gives back the ones that fit when several do, and a guess for a near miss', () => {
    expect(matchChoice('巨野县', teams)).toEqual({ several: teams });
    expect(matchChoice('jinhui-zhulo', teams)).toEqual({ guess: teams[0] });
    expect(matchChoice('zzzzzz', teams)).toEqual({ guess: undefined });
  });
});

it('lists the choices with numbers, Chinese names first', () => {
  expect(choiceList(teams.slice(0, 2))).toBe(
    '  1. 巨野县“金晖”助老志愿服务队（jinhui-zhulao）\n  2. 巨野县应急救援志愿服务队（yingji-jiuyuan）',
  );
});
