/**
 * The content model: one zod schema per collection, the single source of truth for what staff may
 * write in content/. Astro's content layer (src/content.config.ts) and the content check
 * (npm run check) both build their schemas here; they differ only in how an image or a reference
 * to another entry is read, which each passes in. Each field's metadata holds its Chinese label
 * (title) and hint (description), which the web editor and the editors' JSON Schemas show staff.
 */
import { z } from 'astro/zod';
import { personalNumbers } from '../lib/personal-numbers.ts';
import { leavesFolder } from '../lib/safe-url.ts';
import {
  ANNOUNCEMENT_KINDS,
  DEFAULT_VIDEO_MEGABYTES,
  beijingDate,
  beijingTime,
  paragraph,
  plainText,
  publicFile,
  webLink,
  type EditorInput,
} from './parts.ts';

export type ReferencedCollection = 'fields' | 'teams' | 'campaigns';

/** How a collection's schema reads an image path and a reference to another entry. */
export interface SchemaAdapters<Image extends z.ZodType> {
  image: () => Image;
  reference: <C extends ReferencedCollection>(collection: C) => z.ZodType<{ collection: C; id: string }>;
}

export function collectionSchemas<Image extends z.ZodType>({ image, reference }: SchemaAdapters<Image>) {
  /** A photo with the alt text blind readers hear and the credit the photographer is owed. */
  const photo = () =>
    z.strictObject({
      image: image().meta({ title: '照片' }),
      alt: plainText
        .refine((s) => s.length >= 4, '图片说明（alt）太短：请用一句话描述图片内容，供视障读者收听')
        .meta({ title: '照片说明', description: '用一句话描述照片的内容，视障读者会听到它' }),
      credit: plainText.meta({ title: '署名', description: '摄影者或提供照片的单位，例如 县融媒体中心 王明' }),
    });
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

  const flags = {
    draft: z
      .boolean()
      .default(false)
      .meta({ title: '草稿', description: '草稿：只在本地预览中显示，不会发布；写完后取消勾选再发布' }),
    sample: z.boolean().default(false).meta({ title: '示例内容', description: '示例内容：页面上显示“示例”标记' }),
  };
  const fieldRefs = () =>
    z
      .array(reference('fields'))
      .min(1, '至少填写一个服务领域')
      .meta({ title: '服务领域', description: '服务领域编号：见 content/fields.yaml' });

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

  const site = z.strictObject({
    name: plainText.meta({ title: '网站名称', description: '网站名称，显示在每页顶部' }),
    tagline: plainText.meta({ title: '一句话介绍' }),
    county: plainText.meta({ title: '县名', description: '县名，例如 巨野县' }),
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
        badge: publicFile('images', '备案图标').meta({
          title: '备案图标',
          description: '公安机关备案图标，放在 public/images/ 下，例如 /images/badges/gongan.png',
        }),
      })
      .optional()
      .meta({
        title: '公安机关备案',
        description: '公安机关备案号和图标（可选），页脚链接到全国互联网安全管理服务平台',
      }),
    conac: z
      .strictObject({
        image: publicFile('images', '党政机关网站标识').meta({
          title: '标识图片',
          description: '党政机关网站标识图片，放在 public/images/ 下，例如 /images/badges/dangzheng.png',
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
        source: plainText.meta({ title: '数据来源', description: '例如 全国志愿服务信息系统（巨野县）' }),
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
    errorReport: webLink
      .optional()
      .meta({ title: '我为政府网站找错', description: '“我为政府网站找错”的网址（可选），填写后页脚显示这个链接' }),
    sample: flags.sample,
  });

  const fields = z.strictObject({
    name: plainText.meta({ title: '名称', description: '服务领域名称，例如 关爱留守儿童' }),
    summary: paragraph.meta({ title: '简介', description: '一两句话说明这个领域做什么' }),
    order: z.number().int().meta({ title: '顺序', description: '在列表中的顺序，小的在前' }),
  });

  const campaigns = z
    .strictObject({
      title: plainText.meta({ title: '活动名称' }),
      slogan: plainText.meta({ title: '口号', description: '活动口号，首页大字显示' }),
      summary: paragraph.meta({ title: '介绍', description: '一两句话的介绍' }),
      start: beijingDate.meta({ title: '开始日期', description: '开始日期（北京时间）' }),
      end: beijingDate.meta({ title: '结束日期', description: '结束日期，这一天结束时活动结束' }),
      fields: fieldRefs(),
      cover: photo().meta({
        title: '封面照片',
        description: '封面照片：放在 content/campaigns/ 下',
        editorHint: '宽度至少 800 像素；手机拍的原图即可，网站会自动压缩。',
      }),
      programme: z
        .array(
          z
            .strictObject({
              title: plainText.meta({ title: '名称' }),
              start: beijingTime.meta({ title: '开始时间' }),
              end: beijingTime.optional().meta({ title: '结束时间', description: '结束时间（可选）' }),
              place: plainText.meta({ title: '地点' }),
              organiser: plainText.optional().meta({ title: '组织单位', description: '组织单位（可选）' }),
              description: paragraph.optional().meta({ title: '说明', description: '一句话说明（可选）' }),
            })
            .refine((e) => !e.end || e.end >= e.start, { message: '结束时间早于开始时间', path: ['end'] }),
        )
        .default([])
        .meta({ title: '活动安排', description: '活动安排：每一项是一场活动' }),
      order: z.number().int().default(0).meta({ title: '排序', description: '同一天开始的活动之间的顺序' }),
      ...flags,
    })
    .refine((c) => c.end >= c.start, { message: '结束日期早于开始日期', path: ['end'] });

  const teams = z.strictObject({
    name: plainText.meta({ title: '队伍全称' }),
    summary: paragraph.meta({ title: '一句话介绍' }),
    fields: fieldRefs(),
    town: plainText.meta({ title: '所在乡镇（街道）' }),
    founded: beijingDate.meta({ title: '成立日期' }),
    contact: z
      .strictObject({
        name: plainText.meta({ title: '联系人', description: '联系人或联络组' }),
        phone: plainText.optional().meta({ title: '电话', description: '对外公开的电话（可选）' }),
        email: z.email().optional().meta({ title: '邮箱', description: '对外公开的邮箱（可选）' }),
      })
      .meta({
        title: '联系方式',
        description: '对外公开的联系方式（不要填写志愿者个人手机号，除非本人同意公开）',
      }),
    members: z.number().int().nonnegative().meta({ title: '注册志愿者人数' }),
    serviceHours: z
      .strictObject({
        hours: z.number().nonnegative().meta({ title: '小时数' }),
        asOf: beijingDate.meta({ title: '统计截止日期' }),
      })
      .optional()
      .meta({
        title: '按月记录之前的服务时长',
        description:
          '开始按月记录（content/records/）之前累计的志愿服务时长（小时）及其截止日期（可选）；网站显示的合计是它加上每月记录',
      }),
    logo: photo().optional().meta({
      title: '队标',
      description: '队标（可选）：图片放在 content/teams/logos/ 下',
      editorHint: '队标（可选）',
    }),
    recruiting: z
      .array(
        z.strictObject({
          role: plainText.meta({ title: '岗位' }),
          needs: plainText.meta({ title: '要求', description: '需要什么样的人' }),
          time: plainText.meta({ title: '服务时间' }),
        }),
      )
      .default([])
      .meta({ title: '正在招募的岗位' }),
    join: paragraph.meta({ title: '怎样加入', description: '到哪里报名、联系谁' }),
    signup: webLink.optional().meta({ title: '在线报名网址', description: '在线报名的网址（可选），以 https:// 开头' }),
    ...flags,
  });

  const stories = z
    .strictObject({
      title: plainText.meta({ title: '标题' }),
      summary: paragraph.meta({ title: '摘要', description: '一两句话的摘要，显示在列表和分享卡片上' }),
      published: beijingTime.meta({
        title: '发布时间',
        description: '发布时间（北京时间）；晚于生成时间的故事到时才出现',
      }),
      updated: beijingTime.optional().meta({ title: '修改时间', description: '修改时间（可选）' }),
      teams: z
        .array(reference('teams'))
        .min(1, '至少填写一支队伍')
        .meta({ title: '队伍', description: '队伍编号：content/teams/ 下的文件名' }),
      fields: fieldRefs(),
      campaign: reference('campaigns')
        .optional()
        .meta({ title: '所属主题活动', description: '所属主题活动编号（可选）' }),
      cover: photo().meta({
        title: '封面照片',
        description: '封面照片：放在本文件旁边，宽度至少 800 像素',
        editorHint: '宽度至少 800 像素；手机拍的原图即可，网站会自动压缩。',
      }),
      author: plainText.meta({ title: '作者或供稿单位' }),
      location: plainText.optional().meta({ title: '地点', description: '地点（可选）' }),
      video: video(),
      minors: z.boolean().default(false).meta({
        title: '涉及未成年人',
        description: '照片或文字中出现未成年人：须经审核（reviewed: true）后才能发布',
        editorHint: '照片或文字里有孩子时勾选；经审核后再勾选“已审核”才能发布。',
      }),
      reviewed: z.boolean().default(false).meta({
        title: '已审核',
        description: '涉及未成年人的内容已经审核：不露正脸、不写姓名和学校班级，已征得监护人同意',
      }),
      ...flags,
    })
    .refine((s) => !s.minors || s.reviewed || s.draft, {
      message: '涉及未成年人的故事须经审核：审核后写 reviewed: true，或先保留 draft: true',
      path: ['reviewed'],
    });

  const announcements = z
    .strictObject({
      title: plainText.meta({ title: '标题' }),
      summary: paragraph.meta({ title: '摘要', description: '一两句话的摘要' }),
      kind: z
        .enum(ANNOUNCEMENT_KINDS, { error: `类型只能是：${ANNOUNCEMENT_KINDS.join('、')}` })
        .meta({ title: '类型', description: '类型：通知、活动预告、招募、公示、新闻稿' }),
      published: beijingTime.meta({ title: '发布时间', description: '发布时间（北京时间）' }),
      embargo: beijingTime.optional().meta({
        title: '禁发时间',
        description: '禁发时间（可选，只用于新闻稿）：这个时间以前，网站、订阅源和搜索都不会出现这篇新闻稿',
      }),
      campaign: reference('campaigns')
        .optional()
        .meta({ title: '所属主题活动', description: '所属主题活动编号（可选）' }),
      author: plainText.meta({ title: '发布单位' }),
      video: video(),
      event: z
        .strictObject({
          start: beijingTime.meta({ title: '开始时间' }),
          end: beijingTime.optional().meta({ title: '结束时间', description: '结束时间（可选）' }),
          place: plainText.meta({ title: '地点' }),
          organiser: plainText.meta({ title: '组织单位' }),
          register: paragraph.optional().meta({ title: '报名方式', description: '如何报名（可选）' }),
        })
        .refine((e) => !e.end || e.end >= e.start, { message: '活动结束时间早于开始时间', path: ['end'] })
        .optional()
        .meta({ title: '活动信息', description: '活动信息（可选）：有具体时间、地点的活动才写' }),
      attachments: z
        .array(
          z.strictObject({
            title: plainText.meta({ title: '附件名称' }),
            url: publicFile('files', '附件').meta({
              title: '附件',
              description:
                '上传文件（文件名请先改成拼音或英文），或写以 /files/ 开头的地址，例如 /files/2026/baomingbiao.pdf',
              input: 'attachment' satisfies EditorInput,
            }),
          }),
        )
        .default([])
        .meta({ title: '附件', description: '附件：文件放在 public/files/ 下，这里写以 /files/ 开头的地址' }),
      ...flags,
    })
    .refine((a) => !a.embargo || a.kind === '新闻稿', {
      message: '只有新闻稿（kind: 新闻稿）才写禁发时间 embargo；其他公告要晚些发布，写一个将来的 published 即可',
      path: ['embargo'],
    });

  /** One month of content/records/YYYY-MM.csv as the records reader returns it (service-records.ts). */
  const records = z.strictObject({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    rows: z.array(
      z.strictObject({
        team: reference('teams'),
        activities: z.number().int().nonnegative(),
        participants: z.number().int().nonnegative(),
        hours: z.number().nonnegative(),
        served: z.number().int().nonnegative(),
        line: z.number().int(),
      }),
    ),
  });

  /** Text on the honour roll: never a person's ID, phone or volunteer number. */
  const honourText = plainText.superRefine((text, ctx) => {
    const found = personalNumbers(text);
    if (found) ctx.addIssue({ code: 'custom', message: `不能写${found}：光荣榜只写姓名、队伍、时长和事迹` });
  });
  /** One person on content/honours/YYYY.yaml. Their star level is computed from `hours`, never typed. */
  const honours = z
    .strictObject({
      name: honourText.meta({ title: '姓名', description: '志愿者姓名；未同意公开时网站只显示姓和 *，未成年人不显示' }),
      team: reference('teams').meta({ title: '队伍', description: '所在队伍编号：见 content/teams/' }),
      hours: z
        .number()
        .nonnegative()
        .meta({ title: '累计服务时长', description: '累计服务时长（小时），星级由它算出' }),
      consent: z.boolean().meta({
        title: '本人同意公开姓名',
        description: '本人（或监护人）书面同意公开全名时写 true；否则写 false，网站只显示“张**”',
      }),
      minor: z.boolean().default(false).meta({
        title: '未满 18 周岁',
        description: '未成年人：网站不显示姓名和照片，只计入人数',
      }),
      photo: photo().optional().meta({ title: '照片', description: '照片（可选）：仅在本人同意公开且已成年时使用' }),
      note: honourText.optional().meta({ title: '事迹', description: '一句话事迹（可选）' }),
      sample: flags.sample,
    })
    .refine((p) => !p.photo || (p.consent && !p.minor), {
      message: '只有本人同意公开（consent: true）的成年志愿者才能放照片；未成年人任何情况下都不放照片',
      path: ['photo'],
    });

  return { site, fields, campaigns, teams, stories, announcements, records, honours };
}

export type CollectionName = keyof ReturnType<typeof collectionSchemas>;
