import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataProblemsBeforeSaving } from '../../src/admin/data-check';
import { readHonoursFile, readRecordsFile, writeHonoursFile, writeRecordsFile } from '../../src/admin/data-formats';

const CONTENT = path.resolve(import.meta.dirname, '../../sample');
const now = new Date('2026-12-06T02:00:00Z');
const known = {
  teams: new Map([['jinhui-zhulao', '巨野县“金晖”助老志愿服务队']]),
  fields: new Map(),
  campaigns: new Map(),
};

describe('the editor’s records and honour-roll files', () => {
  it('reads and writes back every sample file byte for byte, comments and all', () => {
    for (const file of readdirSync(path.join(CONTENT, 'honours')).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(path.join(CONTENT, 'honours', file), 'utf-8');
      expect(writeHonoursFile(readHonoursFile(text)), file).toBe(text);
    }
    for (const file of readdirSync(path.join(CONTENT, 'records'))) {
      const text = readFileSync(path.join(CONTENT, 'records', file), 'utf-8');
      expect(writeRecordsFile(readRecordsFile(text)), file).toBe(text);
    }
  });

  it('writes a person edited in the form without the empty fields the form leaves', () => {
    const data = readHonoursFile('# 说明\n- name: 王秀兰\n  team: jinhui-zhulao\n  hours: 1560\n  consent: true\n');
    (data.people as Record<string, unknown>[]).push({
      note: '',
      hours: 120,
      name: '赵小明',
      team: 'jinhui-zhulao',
      consent: false,
      minor: false,
      photo: { image: '', alt: '', credit: '' },
    });
    expect(writeHonoursFile(data)).toBe(
      '# 说明\n- name: 王秀兰\n  team: jinhui-zhulao\n  hours: 1560\n  consent: true\n- name: 赵小明\n  team: jinhui-zhulao\n  hours: 120\n  consent: false\n',
    );
  });
});

describe('dataProblemsBeforeSaving', () => {
  const person = { name: '王秀兰', team: 'jinhui-zhulao', hours: 1560, consent: true };

  it('refuses an honour roll that prints a phone number or puts a minor’s photo, naming the person and field', () => {
    const problems = dataProblemsBeforeSaving({
      collection: 'honours',
      slug: '2025',
      data: {
        people: [
          { ...person, note: '联系电话 13912345678' },
          {
            ...person,
            name: '小明',
            minor: true,
            consent: true,
            photo: { image: 'a.jpg', alt: '一位志愿者', credit: '示例' },
          },
          { ...person, team: 'jinhui' },
        ],
      },
      known,
      now,
    });
    expect(problems.map((p) => p.where)).toEqual([
      '名单（第 1 项：王秀兰） › 事迹',
      '名单（第 2 项：小明） › 照片',
      '名单（第 3 项：王秀兰） › 队伍',
    ]);
    expect(problems[0]!.problem).toContain('手机号');
    expect(problems[2]!.fix).toContain('jinhui-zhulao');
  });

  it('refuses a month with no sheet, a month not yet come, and accepts what the importer wrote', () => {
    const sheet = readFileSync(path.join(CONTENT, 'records/2025-10.csv'), 'utf-8');
    expect(
      dataProblemsBeforeSaving({ collection: 'records', data: { month: '2026-11', sheet: '' }, known, now })[0],
    ).toMatchObject({
      where: '本月的服务记录表',
    });
    expect(
      dataProblemsBeforeSaving({ collection: 'records', data: { month: '2027-01', sheet }, known, now })[0]!.problem,
    ).toContain('还没有到');
    expect(dataProblemsBeforeSaving({ collection: 'records', slug: '2025-10', data: { sheet }, known, now })).toEqual(
      [],
    );
  });
});
