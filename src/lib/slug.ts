/** Page addresses are ASCII: pinyin or chosen words, lower case, joined by "-". */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(id: string): boolean {
  return SLUG.test(id);
}
