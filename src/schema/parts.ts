/** Building blocks of the content schema, shared by collections so each rule is written once. */
import { z } from 'astro/zod';
import { parseBeijingTime } from '../lib/beijing-time.ts';
import { isSafeUrl, leavesFolder } from '../lib/safe-url.ts';

export const ANNOUNCEMENT_KINDS = ['通知', '活动预告', '招募', '公示', '新闻稿'] as const;

/** Text shown as it is: no HTML tags, which would break the page or smuggle markup in. */
export const plainText = z
  .string()
  .trim()
  .min(1, '不能为空')
  .refine((s) => !/<\/?[a-z][^>]*>/i.test(s), '不能包含 HTML 标签（如 <b>）；请只写文字');

/**
 * How the web editor asks for a field, when a plain one-line box is not right: a calendar for a day,
 * a calendar and a clock for a time, a larger box for a paragraph, an upload for an attachment (to
 * content/files/) or for a file beside the entry (a film, its captions). Kept
 * beside the field's label.
 */
export type EditorInput = 'date' | 'datetime' | 'paragraph' | 'attachment' | 'beside';

/** Text of a sentence or two: the web editor gives it a larger box. */
export const paragraph = plainText.meta({ input: 'paragraph' satisfies EditorInput });

/** A date or time written without an offset is Beijing time; see beijing-time.ts. */
const writtenTime = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) return value;
  const date = parseBeijingTime(value);
  if (!date) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `“${value}”不是有效的日期时间；请写成 2026-03-03 或 2026-03-03 09:00（北京时间）`,
    });
    return z.NEVER;
  }
  return date;
});

/** A moment in Beijing time, written 2026-03-03 09:00. */
export const beijingTime = writtenTime.meta({ input: 'datetime' satisfies EditorInput });
/** A day in Beijing time, written 2026-03-03: read exactly as a time, asked for with a calendar alone. */
export const beijingDate = writtenTime.meta({ input: 'date' satisfies EditorInput });

/** An address readers follow away from the site (a sign-up page): the web only, never a script. */
export const webLink = z
  .string()
  .trim()
  .refine(
    (url) => /^https?:\/\/[^\s]+$/i.test(url) && isSafeUrl(url),
    '网址只能以 https:// 或 http:// 开头，例如 https://……',
  );

/**
 * A file the site serves as it is from content/files/ (an attachment, a filing badge), written as its
 * address: /files/…, never another site's. The mark lets the check and the build find every such
 * field and refuse an address with no file behind it (src/schema/public-file-fields.ts).
 */
export const publicFile = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\/files\/[\w./-]+$/, `${what}地址应以 /files/ 开头，只含字母、数字和 - _ . /`)
    .refine((url) => !leavesFolder(url), `${what}地址不能含有“..”：${what}只能放在 content/files/ 里`)
    .meta({ publicFile: 'files' });

/** A film's size limit when content/site.yaml sets none: readers watch on mobile data. */
export const DEFAULT_VIDEO_MEGABYTES = 200;
