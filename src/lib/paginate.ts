export interface Page<T> {
  items: T[];
  /** 1-based */
  number: number;
  total: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page to show. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
  }));
}
