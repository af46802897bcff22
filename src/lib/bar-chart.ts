/**
 * Bar charts drawn at build time as SVG: no chart library in the reader's browser. The geometry is
 * here, in viewBox units close to CSS pixels on a phone (a 360-wide box), so labels stay legible; the
 * page adds a caption, a one-sentence summary and the data table for screen readers.
 */

export interface ChartDatum {
  label: string;
  value: number;
}

export interface ColumnChart {
  width: number;
  height: number;
  /** the plotting area's bottom, where columns stand */
  baseline: number;
  columns: { x: number; y: number; width: number; height: number; label: string; value: number }[];
  /** labels shown under the axis: every few columns, so they never overlap */
  ticks: { x: number; label: string }[];
  /** the top of the scale, a round number */
  max: number;
}

export interface BarChart {
  width: number;
  height: number;
  rows: { y: number; labelY: number; width: number; label: string; value: number }[];
  barHeight: number;
}

/** 1, 2, 5 × a power of ten at or above `value`: a scale a reader can read. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

/** Columns over time (one per month), labels every `tickEvery` columns. */
export function columnChart(data: readonly ChartDatum[], tickEvery = 6): ColumnChart {
  const width = 360;
  const height = 200;
  const top = 24;
  const baseline = height - 28;
  const left = 8;
  const max = niceMax(Math.max(0, ...data.map((d) => d.value)));
  const step = (width - left * 2) / Math.max(1, data.length);
  const columns = data.map((d, i) => {
    const h = ((baseline - top) * d.value) / max;
    return { x: left + i * step + step * 0.15, y: baseline - h, width: step * 0.7, height: h, ...d };
  });
  // Each label starts at its own column's left edge: six months apart, they never run into each other.
  const ticks = data.flatMap((d, i) => (i % tickEvery === 0 ? [{ x: left + i * step, label: d.label }] : []));
  return { width, height, baseline, columns, ticks, max };
}

/** Horizontal bars, each with its label on the line above: long Chinese team names fit a phone. */
export function barChart(data: readonly ChartDatum[]): BarChart {
  const width = 360;
  const rowHeight = 48;
  const barHeight = 18;
  const max = Math.max(0, ...data.map((d) => d.value)) || 1;
  const rows = data.map((d, i) => ({
    labelY: i * rowHeight + 18,
    y: i * rowHeight + 24,
    // room on the right for the value
    width: Math.max(1, ((width - 90) * d.value) / max),
    ...d,
  }));
  return { width, height: data.length * rowHeight + 4, rows, barHeight };
}

/** The one sentence a screen reader hears first: the highest and the lowest, with their values. */
export function chartSummary(data: readonly ChartDatum[], unit: string, format: (n: number) => string): string {
  if (data.length === 0) return '还没有数据。';
  const sorted = [...data].sort((a, b) => b.value - a.value);
  const high = sorted[0]!;
  const low = sorted.at(-1)!;
  if (data.length === 1) return `${high.label}：${format(high.value)} ${unit}。`;
  return `最多的是${high.label}（${format(high.value)} ${unit}），最少的是${low.label}（${format(low.value)} ${unit}）。`;
}
