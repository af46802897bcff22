/**
 * What staff do in the web editor, as steps a test takes in Debian's Chromium: type through an input
 * method, choose from a list, save (a commit on the entry's review branch), move it along the review
 * board, publish (a merge into main), open an entry afresh. One editor session and page at a time.
 */
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import type { EditorSession } from './editor-session';
import { expect } from 'vitest';
import { waitFor } from './wait-for';

export function editorSteps(editor: EditorSession, page: Page, context: BrowserContext) {
  /** Commits on main: what the site is built from. */
  const commits = () => Number(editor.git('rev-list', '--count', 'main').trim());
  /** Commits anywhere, review branches included. */
  const allCommits = () => Number(editor.git('rev-list', '--count', '--all').trim());
  /** The review branches (one per entry in review, cms/<collection>/<entry>) and each one's status. */
  const reviewBranches = () =>
    Object.fromEntries(
      editor
        .git('branch', '--format=%(refname:short)')
        .split('\n')
        .filter((branch) => branch.startsWith('cms/'))
        .map((branch) => [branch, editor.git('config', '--default', '', `branch.${branch}.description`).trim()]),
    );

  /** Types as a Chinese input method does: each character composed, then committed. */
  async function compose(field: Locator, text: string) {
    await field.click();
    const cdp = await context.newCDPSession(page);
    for (const character of text) {
      await cdp.send('Input.imeSetComposition', { text: character, selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.insertText', { text: character });
    }
    await cdp.detach();
  }

  /**
   * Types `text` as a Chinese input method does. On a loaded machine the editor's first composition
   * was once taken twice (冬冬季…), as a person would see and retype: a plain field is checked after
   * typing and typed again, twice at most, so the test goes on with what it meant to write.
   */
  async function typeWithIme(field: Locator, text: string) {
    const plain = await field.evaluate((el) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement);
    if (!plain) return compose(field, text);
    const before = await field.inputValue();
    for (let attempt = 1; ; attempt++) {
      await compose(field, text);
      const now = await field.inputValue();
      if (now === before + text) return;
      if (attempt === 3) throw new Error(`the field holds “${now}” after typing “${text}” three times`);
      await field.fill(before);
    }
  }

  /** Picks from a list to choose from by typing part of a Chinese name, as staff do. */
  async function choose(label: string, part: string) {
    await typeWithIme(page.getByLabel(label, { exact: true }), part);
    await page.keyboard.press('Enter');
  }

  /** 保存: a commit on the entry's own review branch, never on main. */
  async function save() {
    const before = allCommits();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await waitFor('the editor’s commit', () => allCommits() > before || undefined, { timeoutMs: 60_000 });
  }

  /** Moves the open entry along the board: 待审核 (sent to review) or 待发布 (approved). */
  async function setStatus(status: '待审核' | '待发布') {
    const wanted = { 待审核: 'decap-cms/pending_review', 待发布: 'decap-cms/pending_publish' }[status];
    await page.getByRole('button', { name: /^状态：/ }).click();
    await page.getByRole('menuitem', { name: status }).click();
    await waitFor(`status ${status}`, () => Object.values(reviewBranches()).includes(wanted) || undefined);
  }

  /**
   * 发布 → 立即发布 on an approved entry: its branch is merged into main, then deleted. The editor's
   * server does those one after the other, so both are waited for.
   */
  async function publishNow() {
    const before = commits();
    const branchesBefore = Object.keys(reviewBranches()).length;
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('立即发布').click();
    await waitFor(
      'the merge into main and its review branch deleted',
      () => (commits() > before && Object.keys(reviewBranches()).length < branchesBefore) || undefined,
      { timeoutMs: 60_000 },
    );
  }

  /** The whole way of one change: saved, approved, published. */
  async function publish() {
    await save();
    await setStatus('待发布');
    await publishNow();
  }

  /** Opens an entry afresh, as a bookmark would, and waits until its fields are filled in. */
  async function open(collection: string, entry: string, label: string) {
    await page.goto('about:blank');
    await page.goto(`${editor.url}#/collections/${collection}/entries/${entry}`);
    const field = page.getByLabel(label, { exact: true });
    await waitFor(`${entry} in the editor`, async () => (await field.inputValue().catch(() => '')) !== '' || undefined);
    return field;
  }

  /** A new entry's empty form, opened afresh. */
  async function openNew(collection: string) {
    await page.goto('about:blank');
    await page.goto(`${editor.url}#/collections/${collection}/new`);
    await page.getByLabel('标题', { exact: true }).waitFor();
  }

  /**
   * Presses 保存 or 发布 → 立即发布 expecting a refusal that says `onScreen`: nothing committed on any
   * branch. Returns the problem panel's text, if it shows one.
   */
  async function refused(action: '保存' | '发布', onScreen: RegExp): Promise<string> {
    const before = allCommits();
    await page.getByRole('button', { name: action, exact: true }).click();
    if (action === '发布') await page.getByText('立即发布').click();
    await page.getByText(onScreen).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000);
    expect(allCommits()).toBe(before);
    const panel = page.locator('#xinfeng-problems');
    return (await panel.count()) > 0 ? panel.innerText() : '';
  }

  return {
    commits,
    allCommits,
    reviewBranches,
    refused,
    typeWithIme,
    choose,
    save,
    setStatus,
    publishNow,
    publish,
    open,
    openNew,
  };
}

/**
 * Debian's Chromium on the editor, logged in, at 1280 px in Chinese. `problems` collects any request
 * to another origin and any breach of the editor's content security policy.
 */
export async function loggedIn(editor: EditorSession) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (
      !/^http:\/\/127\.0\.0\.1:\d+$/.test(origin) &&
      !request.url().startsWith('blob:') &&
      !request.url().startsWith('data:')
    ) {
      problems.push(`asked another origin: ${request.url()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) problems.push(message.text());
  });
  // Leaving an entry whose changes were refused: yes, leave; publishing: yes; restoring a backup next time: no.
  page.on(
    'dialog',
    (dialog) =>
      void (dialog.type() === 'beforeunload' || /发布/.test(dialog.message()) ? dialog.accept() : dialog.dismiss()),
  );
  await page.goto(editor.url);
  await page.getByRole('button', { name: '登录' }).click({ timeout: 120_000 });
  await page.getByText('志愿故事').first().waitFor();
  return { browser, context, page, problems };
}
