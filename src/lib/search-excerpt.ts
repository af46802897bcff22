/**
 * Pagefind's excerpts are written for English. It marks each indexed character of a Chinese word on
 * its own (`<mark>义</mark><mark>诊</mark>`, which a browser shows with a gap between them) and joins
 * a heading to the next paragraph with an ASCII ". ". This turns an excerpt into what a Chinese
 * reader expects: one mark per run of matched text and "。" between blocks. English stays as it is.
 */
export function readableExcerpt(html: string): string {
  return (
    html
      .replace(/<\/mark>\s*<mark>/g, '')
      // An excerpt that starts at a block boundary begins with the joiner itself.
      .replace(/^\s*\.\s+/, '')
      // A joiner after Chinese text, a number or a marked word; "Mr. Li" keeps its period.
      .replace(/(?<=[\p{Script=Han}\p{N}）」』”》]|<\/mark>)\.\s+/gu, '。')
  );
}
