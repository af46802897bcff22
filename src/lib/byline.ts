/**
 * The line at the foot of an entry's page, as government and news pages print it: 来源 / 作者 /
 * 责任编辑 / 审核 (and 终审 where the centre asks for one). Names only: whatever is not written is left out.
 */
export interface BylineNames {
  source: string;
  author?: string;
  editor?: string;
  reviewer?: string;
  finalReviewer?: string;
}

export interface BylinePart {
  label: string;
  name: string;
}

export function bylineParts(names: BylineNames): BylinePart[] {
  const parts: [string, string | undefined][] = [
    ['来源', names.source],
    ['作者', names.author === names.source ? undefined : names.author],
    ['责任编辑', names.editor],
    ['审核', names.reviewer],
    ['终审', names.finalReviewer],
  ];
  return parts.filter((p): p is [string, string] => Boolean(p[1]?.trim())).map(([label, name]) => ({ label, name }));
}

/** The byline as one line of text, for feeds and the editor's preview: 来源：… 作者：… */
export const bylineText = (names: BylineNames) =>
  bylineParts(names)
    .map((p) => `${p.label}：${p.name}`)
    .join('　');
