/** A page address from a Chinese title: pinyin without tones, joined by "-" (重阳敬老 → chong-yang-jing-lao). */
import { pinyin } from 'pinyin-pro';

/** Addresses stay short enough to read aloud and to fit in a WeChat share. */
const MAX_SLUG_SYLLABLES = 8;

export function pinyinSlug(title: string, maxSyllables = MAX_SLUG_SYLLABLES): string {
  const parts = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = parts.flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean);
  return words.slice(0, maxSyllables).join('-');
}

/** The slug itself when free, else with -2, -3, … added. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
