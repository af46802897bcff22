import { describe, expect, it } from 'vitest';
import { barChart, chartSummary, columnChart, niceMax } from '../../src/lib/bar-chart';

describe('charts', () => {
  it('scales to a round maximum', () => {
    expect([niceMax(0), niceMax(7), niceMax(180), niceMax(2345), niceMax(10000)]).toEqual([1, 10, 200, 2500, 10000]);
  });
  it('draws columns in proportion, standing on the baseline, with a label every few columns', () => {
    const chart = columnChart(
      Array.from({ length: 12 }, (_, i) => ({ label: `2026-${i + 1}`, value: (i + 1) * 100 })),
      6,
    );
    expect(chart.max).toBe(2000);
    const [first, , , , , , , , , , , last] = chart.columns;
    expect(last!.height / first!.height).toBeCloseTo(12);
    for (const c of chart.columns) expect(c.y + c.height).toBeCloseTo(chart.baseline);
    expect(chart.ticks.map((t) => t.label)).toEqual(['2026-1', '2026-7']);
  });
  it('draws bars in proportion, the longest filling the width left for values', () => {
    const chart = barChart([
      { label: '甲', value: 50 },
      { label: '乙', value: 200 },
    ]);
    expect(chart.rows[1]!.width).toBe(270);
    expect(chart.rows[0]!.width).toBeCloseTo(67.5);
  });
  it('says the highest and the lowest in one sentence', () => {
    const data = [
      { label: '2026年3月', value: 2345.5 },
      { label: '2026年2月', value: 1020 },
      { label: '2026年4月', value: 1800 },
    ];
    expect(chartSummary(data, '小时', (n) => n.toLocaleString('zh-CN'))).toBe(
      '最多的是2026年3月（2,345.5 小时），最少的是2026年2月（1,020 小时）。',
    );
  });
});
