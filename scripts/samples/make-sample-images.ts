/**
 * Draws the sample photos (covers, inline pictures, logos, the activity poster) with sharp, so the
 * sample site needs no downloaded or real photos of real people. Deterministic: the same scene
 * number always gives the same picture. Run: npm run sample-images
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

type Motif = 'sun' | 'hearts' | 'houses' | 'fields' | 'river' | 'flowers' | 'books' | 'crowd';

const PALETTES: [string, string, string, string][] = [
  ['#f6d365', '#fda085', '#b3261e', '#5a3e2b'],
  ['#a1c4fd', '#c2e9fb', '#1f5f8b', '#2f3e46'],
  ['#d4fc79', '#96e6a1', '#2d6a4f', '#40513b'],
  ['#fbc2eb', '#a6c1ee', '#7b2cbf', '#3c096c'],
  ['#ffecd2', '#fcb69f', '#c0392b', '#6d4c41'],
  ['#e0c3fc', '#8ec5fc', '#3a0ca3', '#22223b'],
];

/** A small, repeatable pseudo-random sequence so scenes vary but never change between runs. */
function random(seed: number) {
  let s = seed * 9301 + 49297;
  return () => {
    s = (s * 9301 + 49297) % 233280;
    return s / 233280;
  };
}

function person(x: number, y: number, scale: number, colour: string) {
  return `<g transform="translate(${x} ${y}) scale(${scale})" fill="${colour}">
    <circle cx="0" cy="-70" r="22"/><path d="M-30 -40 Q0 -52 30 -40 L36 40 L-36 40 Z"/></g>`;
}

function scene(seed: number, motif: Motif, width: number, height: number): string {
  const rnd = random(seed);
  const [sky1, sky2, accent, ink] = PALETTES[seed % PALETTES.length]!;
  const ground = height * 0.68;
  const parts: string[] = [
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky1}"/><stop offset="1" stop-color="${sky2}"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
    `<circle cx="${width * (0.15 + rnd() * 0.7)}" cy="${height * 0.22}" r="${height * 0.09}" fill="#fff6d5" opacity="0.9"/>`,
    `<path d="M0 ${ground} Q ${width * 0.3} ${ground - 60} ${width * 0.6} ${ground} T ${width} ${ground - 20} V ${height} H 0 Z" fill="${ink}" opacity="0.25"/>`,
    `<rect y="${ground + 30}" width="${width}" height="${height - ground}" fill="${ink}" opacity="0.18"/>`,
  ];
  const count = 3 + Math.floor(rnd() * 4);
  for (let i = 0; i < count; i++) {
    const x = width * (0.1 + (0.8 * i) / Math.max(1, count - 1)) + (rnd() - 0.5) * 40;
    const drawn: Record<Motif, () => string> = {
      sun: () =>
        `<circle cx="${x}" cy="${ground - 120 - rnd() * 80}" r="${20 + rnd() * 30}" fill="${accent}" opacity="0.35"/>`,
      hearts: () =>
        `<path transform="translate(${x} ${ground - 180 - rnd() * 100}) scale(${1.2 + rnd()})" d="M0 10 C -25 -15 -50 10 0 45 C 50 10 25 -15 0 10 Z" fill="${accent}" opacity="0.8"/>`,
      houses: () =>
        `<g transform="translate(${x} ${ground + 10})" fill="${ink}" opacity="0.7"><rect x="-60" y="-90" width="120" height="90"/><path d="M-75 -90 L0 -150 L75 -90 Z" fill="${accent}"/></g>`,
      fields: () =>
        `<path d="M${x - 120} ${height} L${x} ${ground + 20} L${x + 120} ${height} Z" fill="#6a994e" opacity="0.6"/>`,
      river: () =>
        `<path d="M0 ${ground + 60 + i * 18} Q ${width / 2} ${ground + 20 + i * 18} ${width} ${ground + 70 + i * 18}" stroke="#ffffff" stroke-width="10" fill="none" opacity="0.5"/>`,
      flowers: () =>
        `<g transform="translate(${x} ${ground + 60})"><circle r="34" fill="${accent}" opacity="0.85"/><circle r="14" fill="#ffd166"/></g>`,
      books: () =>
        `<rect x="${x - 40}" y="${ground - 30 - i * 6}" width="80" height="24" rx="4" fill="${i % 2 ? accent : ink}" opacity="0.8"/>`,
      crowd: () => '',
    };
    parts.push(drawn[motif]());
  }
  const people = 2 + Math.floor(rnd() * 4);
  for (let i = 0; i < people; i++) {
    const x = width * (0.2 + (0.6 * i) / Math.max(1, people - 1));
    const small = rnd() > 0.6;
    parts.push(person(x, ground + 40, small ? 1.3 : 2, i % 2 ? accent : ink));
  }
  if (motif === 'crowd') {
    for (let i = 0; i < 14; i++) parts.push(person(width * (0.04 + i * 0.07), height - 40, 1.4, i % 3 ? ink : accent));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

function logo(seed: number): string {
  const [, , accent, ink] = PALETTES[seed % PALETTES.length]!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
    <rect width="400" height="400" fill="#fffdf8"/><circle cx="200" cy="200" r="180" fill="${accent}"/>
    <path d="M200 290 C 110 220 90 150 150 130 C 180 120 200 150 200 160 C 200 150 220 120 250 130 C 310 150 290 220 200 290 Z" fill="#fffdf8"/>
    <circle cx="200" cy="200" r="180" fill="none" stroke="${ink}" stroke-width="12"/></svg>`;
}

interface Picture {
  file: string;
  seed: number;
  motif?: Motif;
  kind?: 'photo' | 'logo';
  width?: number;
  height?: number;
}

const s = 'sample/stories';
const PICTURES: Picture[] = [
  { file: `${s}/2025/dongzhi-jiaozi/cover.jpg`, seed: 1, motif: 'houses' },
  { file: `${s}/2026/chunjie-songfu/cover.jpg`, seed: 2, motif: 'hearts' },
  { file: `${s}/2026/xueleifeng-qidong/cover.jpg`, seed: 3, motif: 'crowd' },
  { file: `${s}/2026/xueleifeng-qidong/qidong-1.jpg`, seed: 31, motif: 'crowd' },
  { file: `${s}/2026/xueleifeng-qidong/qidong-2.jpg`, seed: 32, motif: 'sun' },
  { file: `${s}/2026/xueleifeng-qidong/qidong-3.jpg`, seed: 33, motif: 'hearts' },
  { file: `${s}/2026/sidianban-ketang/cover.jpg`, seed: 4, motif: 'books' },
  { file: `${s}/2026/yizhen-jin-cunzhuang/cover.jpg`, seed: 5, motif: 'houses' },
  { file: `${s}/2026/nongji-chungeng/cover.jpg`, seed: 6, motif: 'fields' },
  { file: `${s}/2026/nongji-chungeng/tianjian.jpg`, seed: 61, motif: 'fields' },
  { file: `${s}/2026/yingji-yanlian/cover.jpg`, seed: 7, motif: 'river' },
  { file: `${s}/2026/mudan-huake/cover.jpg`, seed: 8, motif: 'flowers' },
  { file: `${s}/2026/zhucanri-shangmen/cover.jpg`, seed: 9, motif: 'hearts' },
  { file: `${s}/2026/xunhe-hudi/cover.jpg`, seed: 10, motif: 'river' },
  { file: `${s}/2026/shuqi-yuedu/cover.jpg`, seed: 11, motif: 'books' },
  { file: `${s}/2026/wenming-quandao/cover.jpg`, seed: 12, motif: 'crowd' },
  { file: `${s}/2026/chongyang-jinghao/cover.jpg`, seed: 13, motif: 'sun' },
  { file: `${s}/2026/chongyang-jinghao/chongyang-1.jpg`, seed: 131, motif: 'flowers' },
  { file: `${s}/2026/chongyang-jinghao/chongyang-2.jpg`, seed: 132, motif: 'houses' },
  { file: `${s}/2026/lunyi-weixiu/cover.jpg`, seed: 14, motif: 'sun' },
  { file: `${s}/2026/lunyi-weixiu/weixiu-1.jpg`, seed: 141, motif: 'houses' },
  { file: `${s}/2026/lunyi-weixiu/weixiu-2.jpg`, seed: 142, motif: 'hearts' },
  { file: 'sample/campaigns/xueleifeng-2026.jpg', seed: 20, motif: 'crowd' },
  { file: 'sample/campaigns/qianshou-guanai.jpg', seed: 21, motif: 'books' },
  { file: 'sample/campaigns/yangguang-zhucan.jpg', seed: 22, motif: 'sun' },
  { file: 'sample/campaigns/jinhui-zhulao.jpg', seed: 23, motif: 'flowers' },
  { file: 'sample/teams/logos/jinhui-zhulao.jpg', seed: 40, kind: 'logo' },
  { file: 'sample/teams/logos/qianshou-guanai.jpg', seed: 41, kind: 'logo' },
  { file: 'sample/teams/logos/yangguang-zhucan.jpg', seed: 42, kind: 'logo' },
  { file: 'sample/teams/logos/yingji-jiuyuan.jpg', seed: 43, kind: 'logo' },
  { file: 'sample/files/2026/xueleifeng-haibao.jpg', seed: 50, motif: 'crowd', width: 1000, height: 1400 },
  { file: 'public/images/site-share.jpg', seed: 51, motif: 'crowd', width: 1200, height: 630 },
];

for (const picture of PICTURES) {
  mkdirSync(path.dirname(picture.file), { recursive: true });
  const svg =
    picture.kind === 'logo'
      ? logo(picture.seed)
      : scene(picture.seed, picture.motif ?? 'sun', picture.width ?? 1600, picture.height ?? 1000);
  await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(picture.file);
}
console.log(`已生成 ${PICTURES.length} 张示例图片`);
