/**
 * Finds the images an entry points at, so a missing one can be reported with the entry's file, field
 * and line (Astro's own error names only the image path, not the story that wanted it).
 */
export interface ImageReference {
  /** front-matter field ("cover.image") or "正文" for an image in the body */
  field: string;
  path: string;
  /** for an image in the body, its line within the body (1-based) */
  bodyLine?: number;
}

const BODY_IMAGE = /!\[[^\]]*\]\(\s*(\.{1,2}\/[^)\s]+)/g;

export function imageReferences(data: unknown, body: string): ImageReference[] {
  const found: ImageReference[] = [];
  const walk = (value: unknown, field: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        const name = field ? `${field}.${key}` : key;
        // Every photo field, wherever it points: the rules say where a photo may live. A film's poster is one.
        if ((key === 'image' || key === 'poster') && typeof v === 'string') found.push({ field: name, path: v });
        else walk(v, name);
      }
    }
  };
  walk(data, '');
  for (const match of body.matchAll(BODY_IMAGE)) {
    found.push({ field: '正文', path: match[1]!, bodyLine: body.slice(0, match.index).split('\n').length });
  }
  return found;
}
