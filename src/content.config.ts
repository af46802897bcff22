/**
 * The content model: the single source of truth for what staff may write in content/.
 * Every field is described in Chinese because these messages reach staff when a build fails.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { frontmatterAsWritten } from './loaders/frontmatter-as-written';
import { yamlData } from './loaders/yaml-data';
import { contentRoot } from './lib/content-root';
import { beijingTime, photo, ANNOUNCEMENT_KINDS, plainText } from './lib/schema-parts';

const root = contentRoot();

const site = defineCollection({
  loader: yamlData(`${root}site.yaml`, { single: 'site' }),
  schema: z.strictObject({
    /** 网站名称，显示在每页顶部 */
    name: plainText,
    /** 一句话介绍 */
    tagline: plainText,
    /** 县名，例如 巨野县 */
    county: plainText,
    /** 主办单位 */
    sponsor: plainText,
    /** 承办单位（可选） */
    organiser: plainText.optional(),
    address: plainText,
    phone: plainText,
    email: z.email({ error: '请填写有效的电子邮箱地址，例如 wmsj@example.org' }),
    /** 媒体联系人 */
    pressContact: z.strictObject({ name: plainText, phone: plainText, email: z.email() }),
    /** 网站首页地址，必须以 https:// 开头、以 / 结尾 */
    baseUrl: z.url({ protocol: /^https?$/ }).refine((u) => u.endsWith('/'), '网站地址应以 / 结尾'),
    /** ICP 备案号 */
    icp: plainText,
    /** 公安机关备案号，及其编号（用于链接） */
    police: plainText,
    policeCode: z.string().regex(/^\d+$/, '公安备案编号只写数字'),
    sample: z.boolean().default(false),
  }),
});

const fields = defineCollection({
  loader: yamlData(`${root}fields.yaml`),
  schema: z.strictObject({
    /** 服务领域名称，例如 关爱留守儿童 */
    name: plainText,
    /** 一两句话说明这个领域做什么 */
    summary: plainText,
    /** 在列表中的顺序，小的在前 */
    order: z.number().int(),
  }),
});

const campaigns = defineCollection({
  loader: frontmatterAsWritten(glob({ pattern: '*.md', base: `${root}campaigns` })),
  schema: ({ image }) =>
    z
      .strictObject({
        title: plainText,
        /** 活动口号，首页大字显示 */
        slogan: plainText,
        summary: plainText,
        start: beijingTime,
        end: beijingTime,
        fields: z.array(reference('fields')).min(1, '至少填写一个服务领域'),
        cover: photo(image),
        /** 活动安排：每一项是一场活动 */
        programme: z
          .array(
            z.strictObject({
              title: plainText,
              start: beijingTime,
              end: beijingTime.optional(),
              place: plainText,
              organiser: plainText.optional(),
              description: plainText.optional(),
            }),
          )
          .default([]),
        order: z.number().int().default(0),
        draft: z.boolean().default(false),
        sample: z.boolean().default(false),
      })
      .refine((c) => c.end >= c.start, { message: '结束日期早于开始日期', path: ['end'] }),
});

const teams = defineCollection({
  loader: frontmatterAsWritten(glob({ pattern: '*.md', base: `${root}teams` })),
  schema: ({ image }) =>
    z.strictObject({
      /** 队伍全称 */
      name: plainText,
      summary: plainText,
      fields: z.array(reference('fields')).min(1, '至少填写一个服务领域'),
      /** 所在乡镇或街道 */
      town: plainText,
      founded: beijingTime,
      /** 对外公开的联系方式（不要填写志愿者个人手机号，除非本人同意公开） */
      contact: z.strictObject({ name: plainText, phone: plainText.optional(), email: z.email().optional() }),
      /** 注册志愿者人数 */
      members: z.number().int().nonnegative(),
      /** 累计志愿服务时长（小时）及统计截止日期 */
      serviceHours: z.strictObject({ hours: z.number().nonnegative(), asOf: beijingTime }),
      logo: photo(image).optional(),
      /** 正在招募的岗位 */
      recruiting: z
        .array(z.strictObject({ role: plainText, needs: plainText, time: plainText }))
        .default([]),
      /** 如何加入 */
      join: plainText,
      draft: z.boolean().default(false),
      sample: z.boolean().default(false),
    }),
});

const stories = defineCollection({
  loader: frontmatterAsWritten(
    glob({
      pattern: '*/*/index.{md,mdx}',
      base: `${root}stories`,
      // content/stories/2026/<slug>/index.md → <slug>: the folder name is the URL.
      generateId: ({ entry }) => entry.split('/')[1] ?? entry,
    }),
  ),
  schema: ({ image }) =>
    z
      .strictObject({
        title: plainText,
        summary: plainText,
        published: beijingTime,
        updated: beijingTime.optional(),
        teams: z.array(reference('teams')).min(1, '至少填写一支队伍'),
        fields: z.array(reference('fields')).min(1, '至少填写一个服务领域'),
        campaign: reference('campaigns').optional(),
        cover: photo(image),
        author: plainText,
        location: plainText.optional(),
        /** 照片或文字中出现未成年人：须经审核（reviewed: true）后才能发布 */
        minors: z.boolean().default(false),
        reviewed: z.boolean().default(false),
        draft: z.boolean().default(false),
        sample: z.boolean().default(false),
      })
      .refine((s) => !s.minors || s.reviewed || s.draft, {
        message: '涉及未成年人的故事须经审核：审核后写 reviewed: true，或先保留 draft: true',
        path: ['reviewed'],
      }),
});

const announcements = defineCollection({
  loader: frontmatterAsWritten(
    glob({
      pattern: '*/*.md',
      base: `${root}announcements`,
      generateId: ({ entry }) => (entry.split('/')[1] ?? entry).replace(/\.md$/, ''),
    }),
  ),
  schema: z.strictObject({
    title: plainText,
    summary: plainText,
    kind: z.enum(ANNOUNCEMENT_KINDS, { error: `类型只能是：${ANNOUNCEMENT_KINDS.join('、')}` }),
    published: beijingTime,
    campaign: reference('campaigns').optional(),
    /** 发布单位 */
    author: plainText,
    event: z
      .strictObject({
        start: beijingTime,
        end: beijingTime.optional(),
        place: plainText,
        organiser: plainText,
        /** 如何报名 */
        register: plainText.optional(),
      })
      .refine((e) => !e.end || e.end >= e.start, { message: '活动结束时间早于开始时间', path: ['end'] })
      .optional(),
    /** 附件：放在 public/files/ 下，这里写以 /files/ 开头的地址 */
    attachments: z
      .array(z.strictObject({ title: plainText, url: z.string().regex(/^\/files\/[\w./-]+$/, '附件地址应以 /files/ 开头，只含字母、数字和 - _ . /') }))
      .default([]),
    draft: z.boolean().default(false),
    sample: z.boolean().default(false),
  }),
});

export const collections = { site, fields, campaigns, teams, stories, announcements };
