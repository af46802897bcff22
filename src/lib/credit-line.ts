/**
 * How a photo's credit reads under it: "图：" before a bare name, but not before a credit that already
 * says what it is ("摄影：县文明实践中心" stays as written, not "图：摄影：…").
 */
const SAYS_WHAT_IT_IS = /^(摄影|图片?|照片|供图|视频|设计|绘图|插图)\s*[：:]/;

export function creditLine(credit: string): string {
  return SAYS_WHAT_IT_IS.test(credit.trim()) ? credit.trim() : `图：${credit.trim()}`;
}
