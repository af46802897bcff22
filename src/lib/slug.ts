/** Page addresses are ASCII: pinyin or chosen words, lower case, joined by "-". */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(id: string): boolean {
  return SLUG.test(id);
}

export function slugProblem(id: string, filePath: string): string | undefined {
  if (isSlug(id)) return undefined;
  return `${filePath}：编号“${id}”会成为网页地址，只能用小写字母、数字和 -（例如 jinhui-zhulao）。请重命名这个文件或文件夹。`;
}
