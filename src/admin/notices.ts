/**
 * What the editor's page says in its own words, beside Decap CMS's short notices: the list of
 * problems that stopped a save, kept on screen until it is closed or the next save succeeds, and what
 * to do when the editor has not been set up.
 */
import type { EditorProblem } from './entry-check.ts';

const PANEL_ID = 'xinfeng-problems';

export function clearProblems(): void {
  document.getElementById(PANEL_ID)?.remove();
}

export function showProblems(problems: readonly EditorProblem[], refused = '没有保存'): void {
  clearProblems();
  const panel = document.createElement('section');
  panel.id = PANEL_ID;
  panel.className = 'xinfeng-problems';
  panel.setAttribute('role', 'alert');
  const heading = document.createElement('h2');
  heading.textContent = `${refused}：请先改正下面 ${problems.length} 处`;
  const list = document.createElement('ol');
  for (const p of problems) {
    const item = document.createElement('li');
    const where = document.createElement('strong');
    where.textContent = p.where;
    const what = document.createElement('p');
    what.textContent = p.problem;
    const fix = document.createElement('p');
    fix.textContent = `怎么改：${p.fix}`;
    item.append(where, what, fix);
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '知道了';
  close.addEventListener('click', clearProblems);
  panel.append(heading, list, close);
  document.body.append(panel);
}

export function showUnavailable(): void {
  const notice = document.createElement('main');
  notice.className = 'xinfeng-notice';
  const heading = document.createElement('h1');
  heading.textContent = '网页编辑器还没有设置好';
  const text = document.createElement('p');
  text.textContent =
    '网页编辑器要连接县里自建的代码托管网站（Forgejo 或 Gitea）才能登录和保存。请信息中心按《上线与运维》（docs/operations.md）“网页编辑器的设置”一节设置 deploy/editor.yaml；在自己的电脑上，可以运行 npm run admin 使用网页编辑器。';
  notice.append(heading, text);
  document.body.append(notice);
}
