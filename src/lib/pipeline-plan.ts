/**
 * What a push needs before its site goes online, decided from the files it changed: a push that
 * changes only content (content/) is checked, built and deployed; a push that changes
 * code, configuration or the lockfile also runs the whole test suite first. When the changed files
 * cannot be known (a first push, a history rewritten) the run is a full one and says so.
 */
type PipelineStep = 'install' | 'check' | 'test' | 'build-and-deploy';

export interface PipelinePlan {
  kind: 'content' | 'code';
  steps: PipelineStep[];
  /** why, in Chinese, for the run's log */
  why: string;
}

/** Where a county's content lives, all of it: what the web editor and `npm run new` write. */
const isContent = (file: string) => file.startsWith('content/');

const listed = (files: readonly string[]) =>
  files.length <= 3 ? files.join('、') : `${files.slice(0, 3).join('、')} 等 ${files.length} 个文件`;

export function planRun(changed: readonly string[] | undefined): PipelinePlan {
  const full: PipelineStep[] = ['install', 'check', 'test', 'build-and-deploy'];
  if (changed === undefined) {
    return {
      kind: 'code',
      steps: full,
      why: '不知道这次推送改了哪些文件（第一次推送，或历史被改写），按改了程序处理：先运行全部测试。',
    };
  }
  const code = changed.filter((file) => !isContent(file));
  if (changed.length === 0) {
    return { kind: 'code', steps: full, why: '这次运行没有改动任何文件（手动运行），按改了程序处理：先运行全部测试。' };
  }
  if (code.length > 0) {
    return {
      kind: 'code',
      steps: full,
      why: `这次改了程序、配置或依赖（${listed(code)}）：先运行全部测试，通过后再生成并上线。`,
    };
  }
  return {
    kind: 'content',
    steps: ['install', 'check', 'build-and-deploy'],
    why: `这次只改了内容（${listed(changed)}）：检查内容后直接生成并上线，不运行全部测试（程序没有变，测试过的仍是同一份程序）。`,
  };
}
