/**
 * A synthetic county of N volunteer stories for the benchmark: realistic Chinese text of about 1,500
 * characters with varied vocabulary, spread over teams, fields, campaigns and years, each with its own
 * cover photo drawn from a pool. Deterministic: the same N gives the same corpus.
 */
import { SAMPLE_FOLDER } from '../../src/lib/content-root.ts';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** A small seeded generator, so every run builds the same corpus. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PEOPLE = [
  '志愿者',
  '队员',
  '老党员',
  '大学生志愿者',
  '退休教师',
  '青年突击队员',
  '社区网格员',
  '乡村医生',
  '巾帼志愿者',
  '农技员',
  '护士',
  '理发师',
  '退役军人',
  '驻村第一书记',
];
const WHO = [
  '独居老人',
  '留守儿童',
  '残疾人朋友',
  '空巢老人',
  '困难群众',
  '环卫工人',
  '种粮大户',
  '外来务工人员',
  '孤寡老人',
  '低保户',
];
const DID = [
  '上门理发',
  '打扫卫生',
  '检查用电安全',
  '辅导功课',
  '陪伴聊天',
  '送去米面油',
  '测量血压',
  '讲解医保政策',
  '修理轮椅',
  '清理河道垃圾',
  '宣讲移风易俗',
  '教授手机支付',
  '收割小麦',
  '搬运防汛物资',
  '义务植树',
  '整理图书',
  '排查消防隐患',
  '包饺子',
  '写春联',
  '演示心肺复苏',
];
const PLACES = [
  '凤凰街道',
  '永丰街道',
  '万丰镇',
  '大义镇',
  '柳林镇',
  '章缝镇',
  '大谢集镇',
  '独山镇',
  '麒麟镇',
  '核桃园镇',
  '田庄镇',
  '太平镇',
  '营里镇',
  '董官屯镇',
  '陶庙镇',
  '田桥镇',
  '龙堌镇',
];
const FEELINGS = [
  '心里暖洋洋的',
  '连声道谢',
  '露出了笑容',
  '拉着志愿者的手不放',
  '说这是最实在的帮助',
  '盼着志愿者再来',
  '感动得红了眼眶',
];
const DETAILS = [
  '天刚蒙蒙亮',
  '冒着细雨',
  '顶着烈日',
  '踩着泥泞的小路',
  '提前一周就开始准备',
  '利用周末休息时间',
  '放弃了和家人团聚的机会',
  '带着自己做的工具箱',
];
const CLOSINGS = [
  '志愿服务没有终点。',
  '赠人玫瑰，手留余香。',
  '点滴之间见真情。',
  '他们约好下个月再来。',
  '一件件小事温暖了一座城。',
  '新时代文明实践在这里落地生根。',
];
const NUMBERS = ['12', '20', '36', '48', '60', '85', '100', '120', '200', '360'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function storyText(random: () => number, minChars = 1500): { title: string; summary: string; body: string } {
  const place = pick(random, PLACES);
  const people = pick(random, PEOPLE);
  const who = pick(random, WHO);
  const did = pick(random, DID);
  const title = `${place}${people}为${who}${did}`;
  const summary = `${pick(random, DETAILS)}，${place}的${people}们走进村庄社区，为${who}${did}，服务群众 ${pick(random, NUMBERS)} 人次。`;
  const paragraphs: string[] = [];
  let length = 0;
  while (length < minChars) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, () => {
      const p2 = pick(random, PLACES);
      return `${pick(random, DETAILS)}，${pick(random, PEOPLE)}来到${p2}，为${pick(random, WHO)}${pick(random, DID)}。${pick(random, WHO)}${pick(random, FEELINGS)}，共有 ${pick(random, NUMBERS)} 户受益。`;
    });
    const paragraph = sentences.join('');
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  paragraphs.push(pick(random, CLOSINGS));
  return { title, summary, body: paragraphs.join('\n\n') };
}

const TEAMS = [
  'jinhui-zhulao',
  'qianshou-guanai',
  'yangguang-zhucan',
  'yingji-jiuyuan',
  'baiyi-yizhen',
  'nongji-kepu',
  'qingnian',
  'nongmin-huihua',
  'yuedu-tuiguang',
];
const FIELDS = [
  'guanai-liushou-ertong',
  'zhulao-zhucan',
  'xiangcun-zhenxing',
  'shequ-fuwu',
  'yingji-jiuyuan',
  'wenming-chuangjian',
];
const CAMPAIGNS = ['xueleifeng-2026', 'qianshou-guanai', 'yangguang-zhucan', 'jinhui-zhulao'];

/** Distinct cover photos (each a different file, so each is its own image work). */
async function coverPool(dir: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `cover-${i}.jpg`);
    if (!existsSync(file)) {
      const random = seeded(i + 1);
      const circles = Array.from(
        { length: 8 },
        () =>
          `<circle cx="${Math.round(random() * 1600)}" cy="${Math.round(random() * 1000)}" r="${40 + Math.round(random() * 200)}" fill="hsl(${Math.round(random() * 360)},60%,60%)" opacity="0.7"/>`,
      ).join('');
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="hsl(${(i * 37) % 360},50%,85%)"/>${circles}</svg>`;
      await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(file);
    }
    files.push(file);
  }
  return files;
}

export interface CorpusOptions {
  stories: number;
  /** how many different cover photos the stories share */
  covers: number;
}

/** Writes the corpus into `dir` (replacing it): the sample site's facts, teams and campaigns, plus N stories. */
export async function writeCorpus(projectDir: string, dir: string, options: CorpusOptions): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sample = path.join(projectDir, SAMPLE_FOLDER);
  for (const keep of ['site.yaml', 'fields.yaml', 'teams', 'campaigns', 'announcements', 'files'])
    cpSync(path.join(sample, keep), path.join(dir, keep), { recursive: true });
  const covers = await coverPool(path.join(projectDir, '.bench/covers'), options.covers);
  const random = seeded(options.stories);
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  for (let i = 0; i < options.stories; i++) {
    const { title, summary, body } = storyText(random);
    const when = new Date(start + Math.floor((span * i) / options.stories) + 8 * 3600_000);
    const year = when.getUTCFullYear();
    const slug = `gushi-${String(i + 1).padStart(6, '0')}`;
    const folder = path.join(dir, 'stories', String(year), slug);
    mkdirSync(folder, { recursive: true });
    copyFileSync(covers[i % covers.length]!, path.join(folder, 'cover.jpg'));
    const teams = [...new Set([pick(random, TEAMS), ...(random() < 0.3 ? [pick(random, TEAMS)] : [])])];
    const fields = [...new Set([pick(random, FIELDS), ...(random() < 0.3 ? [pick(random, FIELDS)] : [])])];
    const campaign = random() < 0.3 ? `campaign: ${pick(random, CAMPAIGNS)}\n` : '';
    const date = when.toISOString().slice(0, 16).replace('T', ' ');
    writeFileSync(
      path.join(folder, 'index.md'),
      `---\ntitle: "${title}"\nsummary: "${summary}"\npublished: ${date}\nteams: [${teams.join(', ')}]\nfields: [${fields.join(', ')}]\n${campaign}cover:\n  image: ./cover.jpg\n  alt: "示例插图：${title}"\n  credit: 基准测试生成\nauthor: 基准测试\nsample: true\n---\n\n${body}\n`,
    );
  }
}

/** The newest story's file under stories/ (e.g. 2026/gushi-002500/index.md): what staff correct first. */
export function newestStory(content: string): string {
  return readdirSync(path.join(content, 'stories'), { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('index.md'))
    .sort()
    .at(-1)!;
}
