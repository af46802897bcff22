/**
 * The corpus of malformed content: each case changes a copy of the sample content the way a staff
 * member might get it wrong, and says which file and field the message must name and what it must say.
 * Longer than our files usually are because it is a table: one entry per mistake, read top to bottom.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export interface MalformedCase {
  name: string;
  /** the kind of rule it breaks: one case of each family is also built (malformed.test.ts) */
  family: string;
  /** changes the content copy in `dir` */
  apply(dir: string): void | Promise<void>;
  /** the file the message must name, relative to the content folder */
  file: string;
  /** the field it must name, if the mistake is in one */
  field?: string;
  /** the line it must name, where that matters (a parser would point elsewhere) */
  line?: number;
  /** words the message must contain */
  says: string;
}

const STORY = 'stories/2025/dongzhi-jiaozi/index.md';
const STORY_DIR = 'stories/2025/dongzhi-jiaozi';
const TEAM = 'teams/jinhui-zhulao.md';
const NOTICE = 'announcements/2026/dongji-songnuan-yugao.md';
const CAMPAIGN = 'campaigns/jinhui-zhulao.md';

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf-8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`case did not apply: ${file} ${String(from)}`);
  writeFileSync(full, after);
}
const story = (from: string | RegExp, to: string) => (dir: string) => edit(dir, STORY, from, to);
const appendToStory = (text: string) => (dir: string) => appendFileSync(path.join(dir, STORY), `\n${text}\n`);
/** The story gets a film made from a fixture of tests/fixtures/video/, with a poster and captions. */
const withFilm =
  (fixture: string, name = fixture.replace(/\.webm$/, '.mp4'), captions = 'good.vtt') =>
  (dir: string) => {
    const videos = path.join(import.meta.dirname, '../fixtures/video');
    copyFileSync(path.join(videos, fixture), path.join(dir, STORY_DIR, name));
    copyFileSync(path.join(videos, captions), path.join(dir, STORY_DIR, 'film.vtt'));
    edit(
      dir,
      STORY,
      /^sample: true$/m,
      `video:\n  file: ./${name}\n  poster: ./cover.jpg\n  captions: ./film.vtt\n  credit: 测试\nsample: true`,
    );
  };

export const CASES: MalformedCase[] = [
  {
    name: 'YAML 方括号没有闭合',
    family: '字段区的写法',
    apply: story(/^title: .*$/m, 'title: [没有闭合的括号'),
    file: STORY,
    says: '字段区写法有误',
  },
  {
    name: 'YAML 用 Tab 缩进',
    family: '字段区的写法',
    apply: story('  alt: 示例插图', '\talt: 示例插图'),
    file: STORY,
    line: 9,
    says: '这一行用 Tab 键缩进了',
  },
  {
    name: '标题里的 #话题# 被当成注释',
    family: '字段区的写法',
    apply: story(/^title: .*$/m, 'title: 冬至饺子香 #巨野志愿# 志愿者走进独居老人家'),
    file: STORY,
    field: 'title',
    line: 2,
    says: '“ #”后面的文字会被当作注释丢掉',
  },
  {
    name: '字段名后面用了中文冒号',
    family: '字段区的写法',
    apply: story('location: 永丰街道', 'location：永丰街道'),
    file: STORY,
    field: 'location',
    line: 12,
    says: '中文冒号“：”',
  },
  {
    name: '冒号后面少了空格',
    family: '字段区的写法',
    apply: story('author: 金晖助老志愿服务队', 'author:金晖助老志愿服务队'),
    file: STORY,
    field: 'author',
    line: 11,
    says: '冒号后面少了一个空格',
  },
  {
    name: '封面缺少 alt 这一行',
    family: '字段的值',
    apply: story(/^ {2}alt: .*\n/m, ''),
    file: STORY,
    field: 'cover.alt',
    says: '在 cover: 那一行下面加一行，比它多缩进两个空格',
  },
  {
    name: '队伍写成了中文名称，没有方括号',
    family: '引用其他条目',
    apply: story('teams: [jinhui-zhulao]', 'teams: 金晖助老志愿服务队'),
    file: STORY,
    field: 'teams',
    says: '是不是要写“jinhui-zhulao”',
  },
  {
    name: '摘要还是 npm run new 的占位文字',
    family: '占位文字',
    apply: story(/^summary: .*$/m, 'summary: "一两句话的摘要，显示在故事列表和微信分享卡片上"'),
    file: STORY,
    field: 'summary',
    says: '是 npm run new 写下的占位文字',
  },
  {
    name: '正文还是 npm run new 的占位文字',
    family: '占位文字',
    apply: appendToStory('在这里写正文。段落之间空一行。'),
    file: STORY,
    field: '正文',
    says: '是 npm run new 写下的占位文字',
  },
  {
    name: '没有开头的字段区',
    family: '字段区的写法',
    apply: (d) => writeFileSync(path.join(d, STORY), '冬至饺子香\n\n正文。\n'),
    file: STORY,
    says: '缺少用 --- 包围的字段区',
  },
  {
    name: '缺少标题',
    family: '字段的值',
    apply: story(/^title: .*\n/m, ''),
    file: STORY,
    field: 'title',
    says: '缺少必填字段“title”',
  },
  {
    name: '字段名拼错',
    family: '字段的值',
    apply: story(/^summary:/m, 'sumary:'),
    file: STORY,
    field: 'sumary',
    says: '是不是要写“summary”',
  },
  {
    name: '人数写成汉字',
    family: '字段的值',
    apply: (d) => edit(d, TEAM, 'members: 126', 'members: 一百二十六'),
    file: TEAM,
    field: 'members',
    says: '只写数字',
  },
  {
    name: '服务时长为负数',
    family: '字段的值',
    apply: (d) => edit(d, TEAM, 'hours: 10462', 'hours: -5'),
    file: TEAM,
    field: 'serviceHours.hours',
    says: '0',
  },
  {
    name: '队伍写成了文字而不是列表',
    family: '字段的值',
    apply: story('teams: [jinhui-zhulao]', 'teams: jinhui-zhulao'),
    file: STORY,
    field: 'teams',
    says: '列表',
  },
  {
    name: '不存在的日期',
    family: '字段的值',
    apply: story('published: 2025-12-21 18:00', 'published: 2025-12-32'),
    file: STORY,
    field: 'published',
    says: '不是有效的日期时间',
  },
  {
    name: '日期写成汉字',
    family: '字段的值',
    apply: story('published: 2025-12-21 18:00', 'published: 十二月二十一日'),
    file: STORY,
    field: 'published',
    says: '请写成 2026-03-03',
  },
  {
    name: '活动结束早于开始',
    family: '字段的值',
    apply: (d) => edit(d, NOTICE, '  end: 2026-12-12 16:00', '  end: 2026-12-12 08:00'),
    file: NOTICE,
    field: 'event.end',
    says: '活动结束时间早于开始时间',
  },
  {
    name: '主题活动结束早于开始',
    family: '字段的值',
    apply: (d) => edit(d, CAMPAIGN, 'end: 2027-01-31', 'end: 2026-09-01'),
    file: CAMPAIGN,
    field: 'end',
    says: '结束日期早于开始日期',
  },
  {
    name: '不存在的队伍',
    family: '引用其他条目',
    apply: story('teams: [jinhui-zhulao]', 'teams: [jinhui-zhulo]'),
    file: STORY,
    field: 'teams[0]',
    says: '是不是要写“jinhui-zhulao”',
  },
  {
    name: '不存在的服务领域',
    family: '引用其他条目',
    apply: story('fields: [zhulao-zhucan, shequ-fuwu]', 'fields: [zhulao, shequ-fuwu]'),
    file: STORY,
    field: 'fields[0]',
    says: '是不是要写“zhulao-zhucan”',
  },
  {
    name: '不存在的主题活动',
    family: '引用其他条目',
    apply: (d) => edit(d, NOTICE, 'campaign: jinhui-zhulao', 'campaign: jinhui'),
    file: NOTICE,
    field: 'campaign',
    says: '不存在',
  },
  {
    name: '队伍引用不存在的服务领域',
    family: '引用其他条目',
    apply: (d) => edit(d, TEAM, 'fields: [zhulao-zhucan, shequ-fuwu]', 'fields: [zhulao-zhucan, yiliao]'),
    file: TEAM,
    field: 'fields[1]',
    says: '不存在',
  },
  {
    name: '不是新闻稿却写了禁发时间',
    family: '字段的值',
    apply: (d) => edit(d, NOTICE, 'kind: 活动预告', 'kind: 活动预告\nembargo: 2026-12-10 09:00'),
    file: NOTICE,
    field: 'embargo',
    says: '只有新闻稿',
  },
  {
    name: '公告类型写错',
    family: '字段的值',
    apply: (d) => edit(d, NOTICE, 'kind: 活动预告', 'kind: 预告'),
    file: NOTICE,
    field: 'kind',
    says: '类型只能是',
  },
  {
    name: '封面照片不存在',
    family: '照片',
    apply: story('image: ./cover.jpg', 'image: ./fengmian.jpg'),
    file: STORY,
    field: 'cover.image',
    says: '图片 ./fengmian.jpg 不存在',
  },
  {
    name: '正文插图不存在',
    family: '照片',
    apply: appendToStory('![志愿者包饺子](./jiaozi.jpg)'),
    file: STORY,
    field: '正文',
    says: '图片 ./jiaozi.jpg 不存在',
  },
  {
    name: '封面缺少图片说明',
    family: '字段的值',
    apply: story(/^ {2}alt: .*$/m, '  alt: ""'),
    file: STORY,
    field: 'cover.alt',
    says: '不能为空',
  },
  {
    name: '图片说明太短',
    family: '字段的值',
    apply: story(/^ {2}alt: .*$/m, '  alt: 图'),
    file: STORY,
    field: 'cover.alt',
    says: '太短',
  },
  {
    name: '正文插图没有说明',
    family: '照片',
    apply: appendToStory('![](./cover.jpg)'),
    file: STORY,
    field: '正文',
    says: '没有图片说明',
  },
  {
    name: '照片文件太大',
    family: '照片',
    apply: (d) => {
      writeFileSync(path.join(d, STORY_DIR, 'big.jpg'), Buffer.alloc(6 * 1024 * 1024, 1));
      appendFileSync(path.join(d, STORY), '\n![很大的照片](./big.jpg)\n');
    },
    file: STORY,
    field: '正文',
    says: '超过 5 MB 的上限',
  },
  {
    name: '照片像素太多',
    family: '照片',
    apply: async (d) => {
      await sharp({ create: { width: 7000, height: 800, channels: 3, background: '#cccccc' } })
        .jpeg()
        .toFile(path.join(d, STORY_DIR, 'wide.jpg'));
      appendFileSync(path.join(d, STORY), '\n![很宽的照片](./wide.jpg)\n');
    },
    file: STORY,
    field: '正文',
    says: '7000×800 像素',
  },
  {
    name: '“照片”其实是文字文件',
    family: '照片',
    apply: (d) => writeFileSync(path.join(d, STORY_DIR, 'cover.jpg'), '这不是图片'),
    file: STORY,
    field: 'cover.image',
    says: '不是网站能用的图片',
  },
  {
    name: '封面太小',
    family: '照片',
    apply: async (d) => {
      await sharp({ create: { width: 400, height: 250, channels: 3, background: '#aaaaaa' } })
        .jpeg()
        .toFile(path.join(d, STORY_DIR, 'small.jpg'));
      edit(d, STORY, 'image: ./cover.jpg', 'image: ./small.jpg');
    },
    file: STORY,
    field: 'cover.image',
    says: '在手机上会模糊',
  },
  {
    name: '正文里有 script',
    family: '正文',
    apply: appendToStory('<script>alert("hi")</script>'),
    file: STORY,
    field: '正文',
    says: '<script>',
  },
  {
    name: '正文里嵌入 iframe',
    family: '正文',
    apply: appendToStory('<iframe src="/about/"></iframe>'),
    file: STORY,
    field: '正文',
    says: '<iframe>',
  },
  {
    name: '正文里 div 没有闭合',
    family: '正文',
    apply: appendToStory('<div class="box">\n\n一段话'),
    file: STORY,
    field: '正文',
    says: '没有配对',
  },
  {
    name: '正文里有 onclick',
    family: '正文',
    apply: appendToStory('<span onclick="go()">点我</span>'),
    file: STORY,
    field: '正文',
    says: 'on… 事件属性',
  },
  {
    name: '正文从外站加载图片',
    family: '正文',
    apply: appendToStory('<img src="https://img.example.com/a.jpg" alt="外站图片">'),
    file: STORY,
    field: '正文',
    says: '从其他网站加载',
  },
  {
    name: '正文链接指向不存在的故事',
    family: '正文',
    apply: appendToStory('详见[另一篇故事](/stories/meiyou-zhege/)。'),
    file: STORY,
    field: '正文',
    says: '/stories/meiyou-zhege/ 指向一个不存在的页面',
  },
  {
    name: '文件过大',
    family: '文件和文件夹',
    apply: appendToStory('很长的文字。'.repeat(50_000)),
    file: STORY,
    says: '超过了 512 KB 的上限',
  },
  {
    name: '文件不是 UTF-8',
    family: '文件和文件夹',
    apply: (d) => {
      // "冬至" in GBK: what Notepad on a Chinese Windows saves by default.
      writeFileSync(
        path.join(d, STORY),
        Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xb6, 0xac, 0xd6, 0xc1]), Buffer.from('\n---\n')]),
      );
    },
    file: STORY,
    says: '不是 UTF-8 编码',
  },
  {
    name: '两篇故事同名',
    family: '文件和文件夹',
    apply: (d) => {
      mkdirSync(path.join(d, 'stories/2025/chongyang-jinghao'), { recursive: true });
      copyFileSync(path.join(d, STORY), path.join(d, 'stories/2025/chongyang-jinghao/index.md'));
      copyFileSync(path.join(d, STORY_DIR, 'cover.jpg'), path.join(d, 'stories/2025/chongyang-jinghao/cover.jpg'));
    },
    file: 'stories/2026/chongyang-jinghao/index.md',
    says: '已经被',
  },
  {
    name: '文件夹名用了汉字',
    family: '文件和文件夹',
    apply: (d) => renameSync(path.join(d, STORY_DIR), path.join(d, 'stories/2025/冬至饺子')),
    file: 'stories/2025/冬至饺子/index.md',
    says: '只能用小写字母、数字和 -',
  },
  {
    name: '故事放错了位置',
    family: '文件和文件夹',
    apply: (d) => writeFileSync(path.join(d, 'stories/2026/xin-gushi.md'), '---\ntitle: 新故事\n---\n'),
    file: 'stories/2026/xin-gushi.md',
    says: '放错了位置',
  },
  {
    name: '涉及未成年人但未审核',
    family: '字段的值',
    apply: story('author: 金晖助老志愿服务队', 'author: 金晖助老志愿服务队\nminors: true'),
    file: STORY,
    field: 'reviewed',
    says: '须经审核',
  },
  {
    name: '引用了还是草稿的队伍',
    family: '引用其他条目',
    apply: (d) => edit(d, TEAM, 'sample: true', 'sample: true\ndraft: true'),
    file: STORY,
    field: 'teams[0]',
    says: '还是草稿',
  },
  {
    name: '附件文件不存在',
    family: '本站文件（附件、图标）',
    apply: (d) =>
      edit(
        d,
        'announcements/2026/xueleifeng-huodongyue-tongzhi.md',
        '/files/2026/xueleifeng-haibao.jpg',
        '/files/2026/baomingbiao.pdf',
      ),
    file: 'announcements/2026/xueleifeng-huodongyue-tongzhi.md',
    field: 'attachments[0].url',
    says: '附件 /files/2026/baomingbiao.pdf 不存在',
  },
  {
    name: '附件写成外站地址',
    family: '本站文件（附件、图标）',
    apply: (d) =>
      edit(
        d,
        'announcements/2026/xueleifeng-huodongyue-tongzhi.md',
        '/files/2026/xueleifeng-haibao.jpg',
        'https://pan.example.com/x.pdf',
      ),
    file: 'announcements/2026/xueleifeng-huodongyue-tongzhi.md',
    field: 'attachments[0].url',
    says: '附件地址应以 /files/ 开头',
  },
  {
    name: '标题里有 HTML',
    family: '字段的值',
    apply: story(/^title: .*$/m, 'title: <b>冬至</b>饺子香'),
    file: STORY,
    field: 'title',
    says: '不能包含 HTML 标签',
  },
  {
    name: '草稿标记写成汉字',
    family: '字段的值',
    apply: story('sample: true', 'sample: true\ndraft: 是'),
    file: STORY,
    field: 'draft',
    says: '只能写 true 或 false',
  },
  {
    name: '网站信息邮箱写错',
    family: '字段的值',
    apply: (d) => edit(d, 'site.yaml', 'email: zhiyuan@example.org', 'email: zhiyuan'),
    file: 'site.yaml',
    field: 'email',
    says: '电子邮箱',
  },
  {
    name: '公安备案图标的文件不存在',
    family: '本站文件（附件、图标）',
    apply: (d) => edit(d, 'site.yaml', 'badge: /files/badges/gongan-sample.svg', 'badge: /files/badges/gongan.png'),
    file: 'site.yaml',
    field: 'police.badge',
    says: '备案图标 /files/badges/gongan.png 不存在',
  },
  {
    name: 'ICP 备案号少写了“号”',
    family: '字段的值',
    apply: (d) => edit(d, 'site.yaml', 'icp: 鲁ICP备00000000号-1', 'icp: 鲁ICP备00000000-1'),
    file: 'site.yaml',
    field: 'icp',
    says: 'ICP 备案号应写成',
  },
  {
    name: '服务记录里的队伍编号拼错了',
    family: '服务记录',
    apply: (d) => edit(d, 'records/2026-03.csv', /^qingnian,/m, 'qingnain,'),
    file: 'records/2026-03.csv',
    field: '队伍',
    says: '是不是要写“qingnian”',
  },
  {
    name: '服务记录里有负数',
    family: '服务记录',
    apply: (d) => edit(d, 'records/2026-04.csv', /^(jinhui-zhulao,\d+,\d+,)/m, '$1-'),
    file: 'records/2026-04.csv',
    field: '服务时长',
    line: 3,
    says: '是负数',
  },
  {
    name: '服务记录里写了“小时”',
    family: '服务记录',
    apply: (d) => edit(d, 'records/2026-05.csv', /^(baiyi-yizhen,\d+,\d+,[\d.]+)/m, '$1小时'),
    file: 'records/2026-05.csv',
    field: '服务时长',
    says: '不是数字',
  },
  {
    name: '同一支队伍一个月写了两行',
    family: '服务记录',
    apply: (d) => appendFileSync(path.join(d, 'records/2026-06.csv'), 'qingnian,1,2,3,4\n'),
    file: 'records/2026-06.csv',
    field: '队伍',
    says: '一个月只能有一行',
  },
  {
    name: '服务记录的文件名不是年-月',
    family: '服务记录',
    apply: (d) => renameSync(path.join(d, 'records/2026-07.csv'), path.join(d, 'records/2026-7.csv')),
    file: 'records/2026-7.csv',
    says: '不是“年-月.csv”的形式',
  },
  {
    name: '服务记录是将来的月份',
    family: '服务记录',
    apply: (d) => renameSync(path.join(d, 'records/2026-08.csv'), path.join(d, 'records/2027-08.csv')),
    file: 'records/2027-08.csv',
    says: '还没有到',
  },
  {
    name: '服务记录存成了 GBK 编码',
    family: '服务记录',
    apply: (d) =>
      writeFileSync(
        path.join(d, 'records/2026-09.csv'),
        // 队伍 in GBK: bytes that are not UTF-8
        Buffer.concat([Buffer.from([0xb6, 0xd3, 0xce, 0xe9]), Buffer.from(',活动场次\n')]),
      ),
    file: 'records/2026-09.csv',
    says: '不是 UTF-8 编码',
  },
  {
    name: '光荣榜里写了身份证号',
    family: '光荣榜和个人信息',
    apply: (d) =>
      edit(d, 'honours/2025.yaml', '  note: 参加防汛、搜救和应急演练四十余次。', '  note: 身份证 371724198001011234'),
    file: 'honours/2025.yaml',
    field: '[1].note',
    says: '身份证号码',
  },
  {
    name: '光荣榜给未成年人放了照片',
    family: '光荣榜和个人信息',
    apply: (d) =>
      edit(
        d,
        'honours/2025.yaml',
        '  minor: true\n  note: 中学生',
        '  minor: true\n  photo: { image: ./x.jpg, alt: 在书屋整理图书, credit: 示例 }\n  note: 中学生',
      ),
    file: 'honours/2025.yaml',
    field: '[5].photo',
    says: '未成年人任何情况下都不放照片',
  },
  {
    name: '故事写出了未同意公开的志愿者全名',
    family: '光荣榜和个人信息',
    apply: appendToStory('李明辉在社区组织了义诊。'),
    file: STORY,
    field: '正文',
    says: '写出了“李明辉”的全名',
  },
  {
    name: '光荣榜里没写是否同意公开',
    family: '光荣榜和个人信息',
    apply: (d) => edit(d, 'honours/2024.yaml', '  hours: 150\n  consent: true\n', '  hours: 150\n'),
    file: 'honours/2024.yaml',
    field: '[2].consent',
    says: '在第 3 项里加一行',
  },
  {
    name: '视频的索引在文件末尾',
    family: '微电影',
    apply: withFilm('moov-at-end.mp4'),
    file: STORY,
    field: 'video.file',
    says: '-movflags +faststart',
  },
  {
    name: '视频是 H.265 编码',
    family: '微电影',
    apply: withFilm('hevc.mp4'),
    file: STORY,
    field: 'video.file',
    says: 'ffmpeg -i 原视频.mov -c:v libx264',
  },
  {
    name: '视频是 WebM',
    family: '微电影',
    apply: withFilm('vp9.webm', 'film.mp4'),
    file: STORY,
    field: 'video.file',
    says: '这不是 MP4 视频',
  },
  {
    name: '视频上传了一半',
    family: '微电影',
    apply: withFilm('truncated.mp4'),
    file: STORY,
    field: 'video.file',
    says: '视频文件不完整',
  },
  {
    name: '字幕时间写成了逗号',
    family: '微电影',
    apply: withFilm('good.mp4', 'film.mp4', 'broken.vtt'),
    file: STORY,
    field: 'video.captions',
    says: '小数点，不是逗号',
  },
  {
    name: '网站信息 YAML 写坏',
    family: '字段区的写法',
    apply: (d) => edit(d, 'site.yaml', 'name: 新风·巨野志愿', 'name: 新风·巨野志愿: 错误: "'),
    file: 'site.yaml',
    says: '字段区写法有误',
  },
  {
    name: '审核人就是这篇的责任编辑',
    family: '字段的值',
    apply: story(/^reviewer: .*$/m, 'reviewer: 刘洋'),
    file: STORY,
    field: 'reviewer',
    says: '不能审核自己写的或编辑的稿件',
  },
  {
    name: '审核人不在中心的名单里',
    family: '字段的值',
    apply: story(/^reviewer: .*$/m, 'reviewer: 王强'),
    file: STORY,
    field: 'reviewer',
    says: '不在中心的审核人名单里（陈静、赵磊）',
  },
  {
    name: '先审后发开始执行以后，发布的故事没有审核人',
    family: '字段的值',
    apply: (d) => {
      edit(d, 'site.yaml', /^ {2}since: .*$/m, '  since: 2025-01-01');
      edit(d, STORY, /^reviewer: .*\n/m, '');
    },
    file: STORY,
    field: 'reviewer',
    says: '没有写审核人：先审后发',
  },
  {
    name: '服务领域顺序写成汉字',
    family: '字段的值',
    apply: (d) => edit(d, 'fields.yaml', '  order: 1\n', '  order: 一\n'),
    file: 'fields.yaml',
    field: 'guanai-liushou-ertong.order',
    says: '只写数字',
  },
  {
    name: '服务领域编号用了汉字',
    family: '文件和文件夹',
    apply: (d) =>
      appendFileSync(path.join(d, 'fields.yaml'), '关爱妇女:\n  name: 关爱妇女\n  summary: 测试\n  order: 9\n'),
    file: 'fields.yaml',
    field: '关爱妇女',
    says: '只能用小写字母',
  },
  {
    name: '删掉了服务领域文件',
    family: '引用其他条目',
    apply: (d) => rmSync(path.join(d, 'fields.yaml')),
    file: STORY,
    field: 'fields[0]',
    says: '不存在',
  },
];
