/** Engine versions (x.y.z, as in package.json) and which content migrations an upgrade runs. */

/** Negative when a is older than b, zero when the same, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The migrations an upgrade from `from` to `to` runs, oldest first: those named for a version after
 * `from` and not after `to` (migrations/<version>.ts).
 */
export function migrationsBetween(from: string, to: string, available: readonly string[]): string[] {
  return available.filter((v) => compareVersions(v, from) > 0 && compareVersions(v, to) <= 0).sort(compareVersions);
}
