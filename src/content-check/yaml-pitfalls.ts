/**
 * YAML that reads but does not say what staff meant, or fails far from where the mistake is: found
 * line by line before the YAML is parsed, and said where it is.
 * - `title: 冬季送温暖 #巨野志愿# 志愿者…`: everything from " #" on is a comment, so the title published
 *   would be "冬季送温暖";
 * - `location：永丰街道`: a Chinese colon, which the parser reports a line later as something else;
 * - `title:冬季送温暖`: no space after the colon.
 */
import type { Problem } from './problem.ts';

type Pitfall = Pick<Problem, 'line' | 'field' | 'problem' | 'fix'>;

const KEY = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)/;

/** `linesAbove` as for yamlProblem: 1 for front matter, 0 for a data file. */
export function yamlPitfalls(yamlText: string, linesAbove: number): Pitfall[] {
  const found: Pitfall[] = [];
  yamlText.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1 + linesAbove;
    const key = KEY.exec(text);
    if (!key || text.trimStart().startsWith('#')) return;
    const field = key[2]!;
    const rest = text.slice(key[0].length);
    if (/^\s*：/.test(rest)) {
      found.push({
        line,
        field,
        problem: `字段名 ${field} 后面用了中文冒号“：”，网站读不出这一行。`,
        fix: `改成英文冒号再加一个空格：${field}: ${rest.replace(/^\s*：\s*/, '')}`,
      });
      return;
    }
    if (/^:[^\s]/.test(rest) && !/^:\/\//.test(rest)) {
      found.push({
        line,
        field,
        problem: `字段 ${field} 的冒号后面少了一个空格，整行会被当成一段文字。`,
        fix: `在冒号后面加一个空格：${field}: ${rest.slice(1)}`,
      });
      return;
    }
    // A plain value (not quoted, not a list) with " #" in it: from there on, YAML reads a comment.
    const value = /^:[ \t]+(?!["'[{|>&*!])(.*?\S)[ \t]+#(.*)$/.exec(rest);
    if (value && /[^\x20-\x7e]/.test(value[1]!)) {
      const whole = `${value[1]} #${value[2]}`;
      found.push({
        line,
        field,
        problem: `字段 ${field} 里“ #”后面的文字会被当作注释丢掉，网站只会显示“${value[1]}”。`,
        fix: `用英文双引号把整段括起来：${field}: "${whole.replace(/"/g, '”')}"；如果 # 后面本来就是说明，把它删掉。`,
      });
    }
  });
  return found;
}
