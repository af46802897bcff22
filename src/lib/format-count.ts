/** "12,345" (and "12,345.5") the way Chinese readers see large numbers on public notices. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(n);
}
