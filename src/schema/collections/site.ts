/** The county's own facts (content/site.yaml): names, contacts, filing numbers, star rules. */
import { z } from 'astro/zod';
import { DEFAULT_VIDEO_MEGABYTES, beijingDate, paragraph, plainText, publicFile, webLink } from '../parts.ts';
import { flags } from './shared.ts';

/** Thresholds in hours, lowest first, for 一星 upwards, and where the rule comes from. */
const starRule = z.strictObject({
  thresholds: z
    .array(z.number().positive())
    .min(1)
    .max(7)
    .refine((t) => t.every((x, i) => i === 0 || x > t[i - 1]!), '门槛要从小到大写，例如 [100, 300, 600, 1000, 1500]')
    .meta({ title: '门槛（小时）', description: '一星、二星……各自需要的累计小时数，从小到大' }),
  rule: paragraph.meta({ title: '依据', description: '这条规则的出处，显示在光荣榜上' }),
  sample: z.boolean().default(false).meta({ title: '示例规则', description: '示例规则：光荣榜上注明“示例”' }),
});

/** content/site.yaml: staff edit only this file and content/. */
export const siteSchema = z.strictObject({
  name: plainText.meta({ title: '网站名称', description: '网站名称，显示在每页顶部' }),
  tagline: plainText.meta({ title: '一句话介绍' }),
  county: plainText.meta({ title: '县名', description: '县名，例如 某某县' }),
  sponsor: plainText.meta({ title: '主办单位' }),
  organiser: plainText.optional().meta({ title: '承办单位', description: '承办单位（可选）' }),
  address: plainText.meta({ title: '地址' }),
  phone: plainText.meta({ title: '电话' }),
  email: z.email({ error: '请填写有效的电子邮箱地址，例如 wmsj@example.org' }).meta({ title: '邮箱' }),
  pressContact: z
    .strictObject({
      name: plainText.meta({ title: '姓名和职务', description: '新闻联系人的姓名和职务，例如 李文（宣传组）' }),
      phone: plainText.meta({ title: '电话' }),
      email: z.email().meta({ title: '邮箱' }),
      hours: plainText.meta({
        title: '联系时间',
        description: '什么时候能找到他，例如 工作日 8:30—12:00、14:30—18:00',
      }),
    })
    .meta({ title: '媒体联系人' }),
  countyFigures: z
    .strictObject({
      teams: z.number().int().positive().meta({ title: '队伍数', description: '全县志愿服务队伍数' }),
      volunteers: z
        .number()
        .int()
        .positive()
        .optional()
        .meta({ title: '志愿者人数', description: '全县注册志愿者人数（可选）' }),
      asOf: beijingDate.meta({ title: '统计日期', description: '这些数字的统计日期' }),
      source: plainText.meta({ title: '出处', description: '数字的出处，例如 县新时代文明实践中心' }),
    })
    .optional()
    .meta({
      title: '全县的数字',
      description: '全县的数字（可选）：本站只收录部分队伍时，首页和媒体中心同时显示全县数字和本站收录的数字',
    }),
  reuse: paragraph.meta({
    title: '转载说明',
    description: '转载说明：媒体和网站转载本站内容时要注明什么；媒体中心和订阅源都会显示',
  }),
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .refine((u) => u.endsWith('/'), '网站地址应以 / 结尾')
    .meta({ title: '网站地址', description: '网站首页地址，必须以 https:// 开头、以 / 结尾' }),
  siteCode: z
    .string()
    .regex(
      /^(\d{6}|bm\d{4})\d{4}$/,
      '网站标识码是 10 位：6 位行政区划代码加 4 位数字，例如 3717240001；部门网站以 bm 开头',
    )
    .optional()
    .meta({ title: '网站标识码', description: '政府网站的网站标识码（可选），显示在页脚，例如 3717240001' }),
  icp: z
    .string()
    .trim()
    .regex(/^\p{Script=Han}ICP备\d{8,}号(-\d+)?$/u, 'ICP 备案号应写成 鲁ICP备12345678号-1 的样子')
    .optional()
    .meta({ title: 'ICP 备案号', description: 'ICP 备案号（可选），页脚链接到工业和信息化部的备案查询网站' }),
  police: z
    .strictObject({
      number: z
        .string()
        .trim()
        .regex(/^\p{Script=Han}公网安备 ?\d{14}号$/u, '公安机关备案号应写成 鲁公网安备 37172402000123号 的样子')
        .meta({ title: '备案号' }),
      badge: publicFile('备案图标').meta({
        title: '备案图标',
        description: '公安机关备案图标，放在 content/files/badges/ 下，例如 /files/badges/gongan.png',
      }),
    })
    .optional()
    .meta({
      title: '公安机关备案',
      description: '公安机关备案号和图标（可选），页脚链接到全国互联网安全管理服务平台',
    }),
  conac: z
    .strictObject({
      image: publicFile('党政机关网站标识').meta({
        title: '标识图片',
        description: '党政机关网站标识图片，放在 content/files/badges/ 下，例如 /files/badges/dangzheng.png',
      }),
      link: webLink.meta({ title: '核验网址', description: '点击标识打开的核验页面，开办单位领取标识时一并得到' }),
    })
    .optional()
    .meta({ title: '党政机关网站标识', description: '党政机关网站标识（可选）：图片从本站读取，点击打开核验页面' }),
  stars: z
    .strictObject({
      volunteers: starRule.meta({ title: '志愿者星级', description: '志愿者星级的门槛和依据' }),
      teams: starRule
        .optional()
        .meta({ title: '队伍星级', description: '队伍星级的门槛和依据（可选）：按队伍累计服务时长评定' }),
    })
    .optional()
    .meta({
      title: '星级评定规则',
      description: '星级评定规则（可选）：不写时志愿者按全国通行的 100、300、600、1000、1500 小时评定，队伍不评星级',
    }),
  serviceRecords: z
    .strictObject({
      source: plainText.meta({ title: '数据来源', description: '例如 全国志愿服务信息系统（某某县）' }),
      licence: plainText.meta({
        title: '使用许可',
        description: '开放数据的使用许可，例如 CC BY 4.0（注明来源即可使用）',
      }),
      sample: z.boolean().default(false).meta({ title: '示例数据', description: '示例数据：页面上显示“示例”标记' }),
    })
    .optional()
    .meta({ title: '服务记录', description: '每月服务记录（content/records/）的来源和开放数据许可' }),
  videoMaxMegabytes: z
    .number()
    .int()
    .positive()
    .default(DEFAULT_VIDEO_MEGABYTES)
    .meta({ title: '视频大小上限（MB）', description: '一部微电影最大多少 MB（默认 200）：读者多用手机流量观看' }),
  review: z
    .strictObject({
      since: beijingDate.meta({
        title: '开始执行日期',
        description: '从这天起发布的故事、公告和主题活动，必须写责任编辑和审核',
      }),
      reviewers: z
        .array(plainText)
        .min(1, '至少写一位审核人')
        .meta({ title: '审核人', description: '有权审核发布的人的姓名，例如 [陈静, 赵磊]' }),
      finalReviewers: z
        .array(plainText)
        .min(1, '至少写一位终审人')
        .optional()
        .meta({ title: '终审人', description: '终审人的姓名（可选），例如分管领导' }),
      finalFor: z
        .enum(['important', 'all'], { error: 'finalFor 只能写 important（重要稿件终审）或 all（全部终审）' })
        .optional()
        .meta({ title: '哪些稿件终审', description: 'important：勾选“重要稿件”的终审；all：全部终审（可选）' }),
    })
    .refine((r) => !r.finalFor || r.finalReviewers, {
      message: '写了 finalFor，还要写 finalReviewers（终审人名单）',
      path: ['finalReviewers'],
    })
    .optional()
    .meta({
      title: '先审后发',
      description: '审核发布制度（可选）：谁能审核、从哪天起必须写审核人、哪些稿件还要终审',
    }),
  errorReport: webLink
    .optional()
    .meta({ title: '我为政府网站找错', description: '“我为政府网站找错”的网址（可选），填写后页脚显示这个链接' }),
  sample: flags.sample,
});
