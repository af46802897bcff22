/**
 * A page address from a Chinese title, in the style the staff guide (docs/staff-guide.md) shows: pinyin without tones,
 * one run of letters per word and "-" between words (重阳敬老 → chongyang-jinglao), a few words long.
 * Words are found by the ICU word breaker every browser and Node carry (Intl.Segmenter).
 */
import { pinyin } from 'pinyin-pro';

/** Addresses stay short enough to read aloud and to fit in a WeChat share. */
const MAX_SLUG_WORDS = 4;
/** Little words that add length, not meaning. */
const SKIPPED = new Set(['的', '了', '之', '和', '与', '及', '在']);

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export function pinyinSlug(title: string, maxWords = MAX_SLUG_WORDS): string {
  // Pinyin of the whole title, one entry per character, so that 重 in 重阳 reads chong, not zhong.
  const spelled = pinyin(title, { toneType: 'none', type: 'all', v: true }).map((c) => (c.isZh ? c.pinyin : c.origin));
  const spell = (from: number, length: number) =>
    spelled
      .slice(from, from + length)
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  // A name the word breaker does not know (巨野县, 重阳) comes out a character at a time: keep it one word.
  const found: { index: number; length: number; single: boolean }[] = [];
  for (const part of words.segment(title)) {
    if (!part.isWordLike || SKIPPED.has(part.segment)) continue;
    const single = /^\p{Script=Han}$/u.test(part.segment);
    const last = found.at(-1);
    if (single && last?.single && last.index + last.length === part.index) last.length += part.segment.length;
    else found.push({ index: part.index, length: part.segment.length, single });
  }
  return found
    .map((word) => spell(word.index, word.length))
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** The slug itself when free, else with -2, -3, … added. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
