/**
 * What went wrong in the YAML of a front matter or data file, said in Chinese at the line where staff
 * must look. The parser's own reasons (English, about "block mappings") are translated, never shown.
 */
import type { Problem } from './problem.ts';

const SPACES = '同一级的字段左边对齐，下一级比上一级多缩进两个空格';
const QUOTE_IT = '值里有冒号“:”或井号“#”时，用英文双引号把整个值括起来';

/** The parser's reason → what it means for staff, and what to do. */
const TRANSLATIONS: [RegExp, string, string][] = [
  [/tab characters/, '这一行用 Tab 键缩进了。', `缩进只用空格，不用 Tab 键：${SPACES}。`],
  [
    /multiline key|block mapping entry|colon is missed|explicit mapping pair/,
    '这一行不是“字段名: 值”的写法：可能字段名后面用了中文冒号“：”，或冒号后面少了空格，或上一行的引号没有成对。',
    '字段名后面写英文冒号“:”，再加一个空格，例如 location: 永丰街道。',
  ],
  [
    /flow collection/,
    '方括号 [ ] 里的列表没有写完：少了右括号“]”，或各项之间少了英文逗号。',
    '写成 [jinhui-zhulao, baiyi-yizhen]：方括号成对，各项之间用英文逗号隔开。',
  ],
  [
    /document separator is expected/,
    '这一行网站读不懂：常见的原因是字段名后面的冒号少了空格，或值里有冒号。',
    `写成“字段名: 值”（英文冒号后面有一个空格）；${QUOTE_IT}。`,
  ],
  [/duplicated mapping key/, '同一个字段写了两遍。', '删掉其中一行，只保留一个。'],
  [
    /within a (double|single) quoted scalar/,
    '引号没有成对：一段文字只有开头的引号，没有结尾的。',
    '在这段文字末尾补上英文双引号 "。',
  ],
  [
    /bad indentation of a sequence entry/,
    '列表（以“- ”开头的各行）的缩进不对。',
    '同一个列表的各项左边对齐，都比字段名多缩进两个空格。',
  ],
  [/bad indentation/, '这一行的缩进不对，或者值里有冒号。', `${SPACES}；${QUOTE_IT}。`],
  [/escape sequence/, '引号里的反斜杠“\\”用法不对。', '删掉反斜杠，或改用单引号把整段文字括起来。'],
  [/comment or a line break/, '引号结束以后，同一行还有多余的文字。', '把整段文字都放进一对引号里。'],
];

/** A YAML syntax error, at its line in the file (`linesAbove`: 1 for front matter's opening ---, 0 for a data file). */
export function yamlProblem(error: unknown, file: string, linesAbove: number): Problem {
  const mark = (error as { mark?: { line: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message;
  const [, what, fix] = TRANSLATIONS.find(([pattern]) => pattern.test(reason)) ?? [
    undefined,
    '网站读不懂这一行。',
    `检查这一行：冒号后要有一个空格；缩进只用空格、不用 Tab；方括号、引号要成对；${QUOTE_IT}。`,
  ];
  return {
    file,
    // The mark counts lines from 0.
    line: mark ? mark.line + 1 + linesAbove : undefined,
    level: 'error',
    problem: `开头的字段区写法有误：${what}`,
    fix,
  };
}
