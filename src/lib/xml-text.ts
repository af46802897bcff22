/**
 * Characters XML 1.0 does not allow (control characters a pasted Word document can carry, lone
 * surrogates). One of them makes a whole feed unreadable for a newsroom's reader, so they go.
 */
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const NOT_IN_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}
