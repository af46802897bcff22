/**
 * A volunteer who has not agreed to be named appears as the surname and one * per remaining
 * character: 张小明 → 张**, 欧阳娜娜 → 欧阳**. Compound surnames are the common ones of the
 * national surname lists; a rare one is masked after its first character, which hides more, not less.
 */

const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 ' +
    '百里 呼延 东郭 闻人 万俟 澹台 公冶 太史 申屠 濮阳 司空 赫连 拓跋 第五 左丘 梁丘 单于 谷梁 亓官 乐正'
  ).split(' '),
);

export function maskName(name: string): string {
  const characters = [...name.trim()];
  const surnameLength = COMPOUND_SURNAMES.has(characters.slice(0, 2).join('')) && characters.length > 2 ? 2 : 1;
  return characters.slice(0, surnameLength).join('') + '*'.repeat(Math.max(1, characters.length - surnameLength));
}
