/** Finding the files of content/ and reading each as the UTF-8 text it must be. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';

/** No article is this long: a larger file is a photo or a whole document pasted in by mistake. */
const ENTRY_BYTES = 512 * 1024;

/** Every file under the folder, relative to it, with /, in a stable order. */
export function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

export function readContentText(absolute: string, file: string): { text: string } | { problem: Problem } {
  const bytes = readFileSync(absolute);
  if (bytes.length > ENTRY_BYTES) {
    return {
      problem: {
        file,
        level: 'error',
        problem: `文件有 ${Math.round(bytes.length / 1024)} KB，超过了 ${ENTRY_BYTES / 1024} KB 的上限。`,
        fix: '一篇文章的文字不会这么大：请检查是否误把图片或整份文档粘贴进来了；很长的材料请拆成几篇，或作为附件发布。',
      },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      problem: {
        file,
        level: 'error',
        problem: '文件不是 UTF-8 编码（可能是用记事本或 Word 另存的 GBK 编码），中文会变成乱码。',
        fix: '用编辑器把文件另存为“UTF-8”编码后重新提交；在网页上编辑时，把文字复制到新文件里即可。',
      },
    };
  }
}
