import { describe, expect, it } from 'vitest';
import { closestId, findBrokenReferences } from '../../src/lib/references';

const teams = new Map([
  ['jinhui-zhulao', '巨野县“金晖”助老志愿服务队'],
  ['yingji-jiuyuan', '巨野县应急救援志愿服务队'],
]);

describe('findBrokenReferences', () => {
  it('names the file, the field and the closest existing team', () => {
    const [broken, ...rest] = findBrokenReferences(
      [
        {
          filePath: 'content/stories/2026/a/index.md',
          references: [{ field: 'teams[1]', collection: 'teams', id: 'jinhui-zhulo' }],
        },
      ],
      { teams },
    );
    expect(rest).toEqual([]);
    expect(broken?.message).toContain('content/stories/2026/a/index.md');
    expect(broken?.message).toContain('teams[1]');
    expect(broken?.message).toContain('是不是要写“jinhui-zhulao”');
  });
  it('lists the existing ids when nothing is close', () => {
    const [broken] = findBrokenReferences(
      [{ filePath: 'x.md', references: [{ field: 'teams[0]', collection: 'teams', id: 'zzzzzzzzzzzz' }] }],
      { teams },
    );
    expect(broken?.message).toContain('jinhui-zhulao、yingji-jiuyuan');
  });
  it('passes references that exist', () => {
    expect(
      findBrokenReferences(
        [{ filePath: 'x.md', references: [{ field: 'teams[0]', collection: 'teams', id: 'yingji-jiuyuan' }] }],
        { teams },
      ),
    ).toEqual([]);
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
