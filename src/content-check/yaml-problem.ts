import type { Problem } from './problem.ts';

/** A YAML syntax error, at its line in the file (`linesAbove`: 1 for front matter's opening ---, 0 for a data file). */
export function yamlProblem(error: unknown, file: string, linesAbove: number): Problem {
  const mark = (error as { mark?: { line: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message;
  return {
    file,
    // The mark counts lines from 0.
    line: mark ? mark.line + 1 + linesAbove : undefined,
    level: 'error',
    problem: `开头的字段区写法有误，无法读取（${reason}）。`,
    fix: '检查这一行：冒号后要有一个空格；缩进只用空格、不用 Tab；方括号、引号要成对；值里有冒号时请用引号把整个值括起来。',
  };
}
