import { describe, expect, it } from 'vitest';
import { correctionProblem, correctionsHtml, entryVersion, fingerprint, lastChanged } from '../../src/lib/corrections';

const now = new Date('2026-12-06T02:00:00Z');
const file = (front: string, body = '志愿者们一上午修好了 30 辆轮椅。\n') =>
  `---\ntitle: 一把扳手修好 30 辆轮椅\nsummary: 流动维修站开进章缝镇。\npublished: 2026-11-05 18:00\n${front}---\n\n${body}`;
const version = (front = '', body?: string) => entryVersion('stories', file(front, body), now)!;

describe('correctionProblem (更正: a published entry changed in the open)', () => {
  const published = version();

  it('asks for a 更正说明 when the title, summary, body or a figure in them changed', () => {
    expect(correctionProblem(published, version('', '志愿者们一上午修好了 13 辆轮椅。\n'))?.field).toBe('corrections');
    expect(correctionProblem(published, version('', '志愿者们一上午修好了 30 辆轮椅。\n\n新加一段。\n'))).toBeDefined();
  });

  it('is satisfied by a new dated 更正说明, or by a later 最后修改 for a typo', () => {
    const corrected = version(
      'corrections:\n  - date: 2026-12-06 10:00\n    note: 原文误写为 30 辆，应为 13 辆。\n',
      '志愿者们一上午修好了 13 辆轮椅。\n',
    );
    expect(corrected.corrections).toBe(1);
    expect(correctionProblem(published, corrected)).toBeUndefined();
    expect(
      correctionProblem(published, version('updated: 2026-12-06 10:00\n', '志愿者们一上午修好了 30 辆轮椅！\n')),
    ).toBeUndefined();
  });

  it('does not count re-wrapped lines or fields readers do not see as a change', () => {
    expect(correctionProblem(published, version('', '志愿者们一上午修好了   30 辆轮椅。\n\n'))).toBeUndefined();
    expect(correctionProblem(published, version('editor: 刘洋\nreviewer: 陈静\n'))).toBeUndefined();
  });

  it('leaves alone an entry that was not yet public: a draft, a scheduled one, a new one', () => {
    const changed = version('', '改了。\n');
    expect(correctionProblem(version('draft: true\n'), changed)).toBeUndefined();
    expect(correctionProblem({ ...published, public: false }, changed)).toBeUndefined();
    expect(correctionProblem(undefined, changed)).toBeUndefined();
    expect(entryVersion('stories', file('').replace('2026-11-05', '2026-12-25'), now)?.public).toBe(false);
  });

  it('asks again for the next change: an old note does not cover a new correction', () => {
    const once = version('corrections:\n  - date: 2026-12-06 10:00\n    note: 第一次更正。\n', '第二版。\n');
    const again = version('corrections:\n  - date: 2026-12-06 10:00\n    note: 第一次更正。\n', '第三版。\n');
    expect(correctionProblem({ ...once, public: true }, again)).toBeDefined();
  });
});

describe('a correction where readers see it', () => {
  const corrections = [
    { date: new Date('2026-12-01T02:00:00Z'), note: '第一次更正。' },
    { date: new Date('2026-12-06T02:00:00Z'), note: '把 <30> 改为 13。' },
  ];

  it('leads the feed item, newest first, escaped', () => {
    expect(correctionsHtml(corrections)).toBe(
      '<p><strong>更正说明（2026年12月6日（星期日）10:00）：</strong>把 &lt;30&gt; 改为 13。</p><p><strong>更正说明（2026年12月1日（星期二）10:00）：</strong>第一次更正。</p>',
    );
  });

  it('dates the item by its last correction or 最后修改, whichever is later', () => {
    expect(lastChanged({ corrections })).toEqual(new Date('2026-12-06T02:00:00Z'));
    expect(lastChanged({ updated: new Date('2026-12-07T02:00:00Z'), corrections })).toEqual(
      new Date('2026-12-07T02:00:00Z'),
    );
    expect(lastChanged({ corrections: [] })).toBeUndefined();
  });

  it('fingerprints the same text the same way, and different texts differently', async () => {
    expect(await fingerprint('一把扳手')).toBe(await fingerprint('一把扳手'));
    expect(await fingerprint('一把扳手')).not.toBe(await fingerprint('两把扳手'));
  });
});
