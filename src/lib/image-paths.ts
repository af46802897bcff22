/**
 * Finds the images an entry points at, so a missing one can be reported with the entry's file and
 * field (Astro's own error names only the image path, not the story that wanted it).
 */
export interface ImageReference {
  /** front-matter field ("cover.image") or "正文" for an image in the body */
  field: string;
  path: string;
}

const BODY_IMAGE = /!\[[^\]]*\]\(\s*(\.{1,2}\/[^)\s]+)/g;

export function imageReferences(data: unknown, body: string): ImageReference[] {
  const found: ImageReference[] = [];
  const walk = (value: unknown, field: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        const name = field ? `${field}.${key}` : key;
        if (key === 'image' && typeof v === 'string' && /^\.{1,2}\//.test(v)) found.push({ field: name, path: v });
        else walk(v, name);
      }
    }
  };
  walk(data, '');
  for (const match of body.matchAll(BODY_IMAGE)) found.push({ field: '正文', path: match[1]! });
  return found;
}

/** What is wrong and how to fix it: the content check prints the two apart, the build as one line. */
export function missingImage(ref: ImageReference): { problem: string; fix: string } {
  return {
    problem: `图片 ${ref.path} 不存在。`,
    fix: '把图片上传到这个文件所在的文件夹，并检查文件名的拼写、大小写和扩展名（.jpg / .png）。',
  };
}

export function missingImageMessage(filePath: string, ref: ImageReference): string {
  const { problem, fix } = missingImage(ref);
  return `${filePath}：字段 ${ref.field} 指向的${problem}${fix}`;
}
