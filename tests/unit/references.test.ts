import { describe, expect, it } from 'vitest';
import { brokenReference, closestId } from '../../src/lib/references';

const teams = new Map([
  ['jinhui-zhulao', '巨野县“金晖”助老志愿服务队'],
  ['yingji-jiuyuan', '巨野县应急救援志愿服务队'],
]);

describe('brokenReference', () => {
  it('says the team does not exist and suggests the closest one by its Chinese name', () => {
    const broken = brokenReference({ field: 'teams[1]', collection: 'teams', id: 'jinhui-zhulo' }, { teams });
    expect(broken?.problem).toBe('引用的“jinhui-zhulo”在志愿服务队（content/teams/）中不存在。');
    expect(broken?.fix).toBe('是不是要写“jinhui-zhulao”（巨野县“金晖”助老志愿服务队）？');
  });
  it('lists the existing ids when nothing is close', () => {
    const broken = brokenReference({ field: 'teams[0]', collection: 'teams', id: 'zzzzzzzzzzzz' }, { teams });
    expect(broken?.fix).toContain('jinhui-zhulao、yingji-jiuyuan');
  });
  it('passes references that exist', () => {
    expect(brokenReference({ field: 'teams[0]', collection: 'teams', id: 'yingji-jiuyuan' }, { teams })).toBe(
      undefined,
    );
  });
});

describe('closestId', () => {
  it('takes half an id as a clue', () => {
    expect(closestId('jinhui', teams)).toBe('jinhui-zhulao');
  });
  it('matches by Chinese name too', () => {
    expect(closestId('巨野县应急救援志愿队', teams)).toBe('yingji-jiuyuan');
  });
});
