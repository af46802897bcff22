/**
 * The web editor's git server, read from deploy/editor.yaml when the site is built. Without the file
 * the editor works only on the staff member's own computer (npm run admin); a file with a mistake
 * stops the build, naming the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { editorBackendSchema, type EditorBackend } from '../schema/editor-backend.ts';

const EDITOR_BACKEND_FILE = 'deploy/editor.yaml';

export function readEditorBackend(projectDir = process.cwd()): EditorBackend | undefined {
  const file = path.join(projectDir, EDITOR_BACKEND_FILE);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(file, 'utf-8'), { schema: yaml.CORE_SCHEMA, filename: EDITOR_BACKEND_FILE });
  } catch (error) {
    throw new Error(`${EDITOR_BACKEND_FILE} 不是有效的 YAML：${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  const result = editorBackendSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '（整个文件）';
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `  字段 ${field}：没有填写。`
      : issue.code === 'unrecognized_keys'
        ? `  不认识的字段：${issue.keys.join('、')}（只能写 server、gitServer、repo、branch、appId）。`
        : `  字段 ${field}：${issue.message}`;
  });
  throw new Error(`${EDITOR_BACKEND_FILE} 有错误，网页编辑器的设置没有生效：\n${lines.join('\n')}`);
}
