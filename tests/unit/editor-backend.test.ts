import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditorBackend } from '../../src/data/editor-backend';

function projectWith(editorYaml?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinfeng-editor-'));
  if (editorYaml !== undefined) {
    mkdirSync(path.join(dir, 'deploy'));
    writeFileSync(path.join(dir, 'deploy/editor.yaml'), editorYaml);
  }
  return dir;
}

describe('readEditorBackend', () => {
  it('reads the county’s git server, Forgejo with main as the branch unless told otherwise', () => {
    const dir = projectWith('gitServer: https://git.juye.example\nrepo: juye/xinfeng\nappId: abc-123\n');
    expect(readEditorBackend(dir)).toEqual({
      server: 'forgejo',
      gitServer: 'https://git.juye.example',
      repo: 'juye/xinfeng',
      branch: 'main',
      appId: 'abc-123',
    });
  });

  it('is absent without deploy/editor.yaml: the editor then works only through npm run admin', () => {
    expect(readEditorBackend(projectWith())).toBeUndefined();
  });

  it('names the file and each wrong field in Chinese', () => {
    const dir = projectWith('gitServer: http://git.juye.example/\nrepo: xinfeng\ncolor: red\n');
    expect(() => readEditorBackend(dir)).toThrow(
      /deploy\/editor\.yaml 有错误[\s\S]*gitServer：代码托管网站的地址须以 https:\/\/ 开头[\s\S]*repo：仓库写成 组织名\/仓库名[\s\S]*appId：没有填写[\s\S]*不认识的字段：color/,
    );
  });
});
