/** One thing wrong in content/, said the way a staff member can act on it. */
export interface Problem {
  /** path from the project folder, e.g. content/stories/2026/x/index.md */
  file: string;
  line?: number;
  /** the front-matter field, e.g. cover.image or teams[1]; 正文 for the body */
  field?: string;
  /** what is wrong */
  problem: string;
  /** how to fix it */
  fix: string;
  /** errors stop the build; notices are worth knowing but the site can be built */
  level: 'error' | 'notice';
}

function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? ` 第 ${p.line} 行` : ''}${p.field ? `，字段 ${p.field}` : ''}`;
  const mark = p.level === 'error' ? '✗ 错误' : '! 提醒';
  return `${mark}  ${where}\n    问题：${p.problem}\n    怎么改：${p.fix}`;
}

/** Every problem, files in order, then one summary line. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errors = problems.filter((p) => p.level === 'error').length;
  const notices = problems.length - errors;
  const summary =
    errors === 0
      ? `内容检查通过${notices ? `（另有 ${notices} 条提醒）` : ''}。`
      : `内容检查发现 ${errors} 处错误${notices ? `、${notices} 条提醒` : ''}，请按上面的说明修改后再发布。`;
  return [...sorted.map(formatProblem), summary].join('\n\n');
}
