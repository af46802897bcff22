/**
 * What several collections' schemas share: the adapters that read an image and a reference (Astro's
 * content layer and the content check pass their own), and the parts built on them.
 */
import { z } from 'astro/zod';
import { leavesFolder } from '../../lib/safe-url.ts';
import { beijingTime, paragraph, plainText, type EditorInput } from '../parts.ts';

export type ReferencedCollection = 'fields' | 'teams' | 'campaigns';

/** How a collection's schema reads an image path and a reference to another entry. */
export interface SchemaAdapters<Image extends z.ZodType> {
  image: () => Image;
  reference: <C extends ReferencedCollection>(collection: C) => z.ZodType<{ collection: C; id: string }>;
}

/** Every entry may be a draft (never published) or sample content (shown with a 示例 badge). */
export const flags = {
  draft: z
    .boolean()
    .default(false)
    .meta({ title: '草稿', description: '草稿：只在本地预览中显示，不会发布；写完后取消勾选再发布' }),
  sample: z.boolean().default(false).meta({ title: '示例内容', description: '示例内容：页面上显示“示例”标记' }),
};

/**
 * Who answers for a published entry (先审后发), printed at its foot as government and news pages do:
 * names only. Whether the reviewer may approve it is a rule across entries (src/lib/review-roles.ts).
 */
export const roles = {
  editor: plainText.optional().meta({ title: '责任编辑', description: '责任编辑的姓名' }),
  reviewer: plainText.optional().meta({
    title: '审核',
    description: '审核人的姓名：content/site.yaml 的 review.reviewers 名单里的一位，不能是作者或责任编辑',
    editorHint: '由审核人选自己的名字；不能审核自己写的或自己编辑的稿件。',
  }),
  finalReviewer: plainText.optional().meta({
    title: '终审',
    description: '终审人的姓名（中心设置了终审时）：review.finalReviewers 名单里的一位',
  }),
  important: z.boolean().default(false).meta({
    title: '重要稿件',
    description: '重要稿件：中心设置 finalFor: important 时还要终审',
  }),
};

/**
 * How a published entry changes in the open (更正): a correction readers would notice carries a dated
 * note shown at the top of the page and first in the feed; a typo fix only moves 最后修改.
 */
export const revisions = {
  updated: beijingTime.optional().meta({
    title: '最后修改',
    description: '最后修改时间（可选）：只改错别字等小问题时，改为修改的时间',
  }),
  corrections: z
    .array(
      z.strictObject({
        date: beijingTime.meta({ title: '更正时间' }),
        note: paragraph.meta({
          title: '说明',
          description: '改了什么、原来写的是什么，例如 原文把服务时长误写为 400 小时，应为 40 小时',
        }),
      }),
    )
    .default([])
    .meta({
      title: '更正说明',
      description: '更正说明：发布后改了标题、摘要、正文或数字时，新增一条（时间和说明），显示在页面顶部',
    }),
};

/** A file beside the entry, written ./name.ext: a film or its captions. */
const besideFile = (ext: string, what: string) =>
  z
    .string()
    .regex(
      new RegExp(`^\\./[\\w./-]+\\.${ext}$`),
      `${what}写成 ./文件名.${ext}，文件放在本文件旁边（文件名用拼音或英文）`,
    )
    .refine((p) => !leavesFolder(p), `${what}只能放在本文件所在的文件夹里`)
    .meta({ input: 'beside' satisfies EditorInput });

/** The parts of an entry that read images or references: its photos, its film, its service fields. */
export function entryParts<Image extends z.ZodType>({ image, reference }: SchemaAdapters<Image>) {
  /** A photo with the alt text blind readers hear and the credit the photographer is owed. */
  const photo = () =>
    z.strictObject({
      image: image().meta({ title: '照片' }),
      alt: plainText
        .refine((s) => s.length >= 4, '图片说明（alt）太短：请用一句话描述图片内容，供视障读者收听')
        .meta({ title: '照片说明', description: '用一句话描述照片的内容，视障读者会听到它' }),
      credit: plainText.meta({ title: '署名', description: '摄影者或提供照片的单位，例如 县融媒体中心 王明' }),
    });
  /**
   * A short film (微电影) with its poster, captions and credit. Whether the file plays in WeChat
   * (H.264 and AAC, moov first, size) is checked from its bytes: src/lib/video-check.ts.
   */
  const video = () =>
    z
      .strictObject({
        file: besideFile('mp4', '视频').meta({
          title: '视频文件',
          description: 'MP4 视频（H.264 + AAC），例如 ./film.mp4',
        }),
        poster: image().meta({ title: '封面画面', description: '播放前显示的画面，例如 ./poster.jpg' }),
        captions: besideFile('vtt', '字幕').meta({
          title: '字幕',
          description: 'WebVTT 字幕文件，例如 ./film.vtt；也作为页面上的文字稿',
        }),
        title: plainText.optional().meta({ title: '影片标题', description: '影片标题（可选，默认用文章标题）' }),
        credit: plainText.meta({ title: '摄制', description: '摄制者或单位，例如 县融媒体中心 王明' }),
      })
      .optional()
      .meta({ title: '微电影', description: '微电影（可选）：视频、封面画面、字幕和摄制者' });

  const fieldRefs = () =>
    z
      .array(reference('fields'))
      .min(1, '至少填写一个服务领域')
      .meta({ title: '服务领域', description: '服务领域编号：见 content/fields.yaml' });

  return { photo, video, fieldRefs };
}
