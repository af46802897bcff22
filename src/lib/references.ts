import { distance } from 'fastest-levenshtein';

/** A link from one entry to another, as staff wrote it. */
export interface Reference {
  /** the front-matter field, e.g. "teams[1]" */
  field: string;
  collection: string;
  id: string;
}

/** What can be referenced: per collection, id → the Chinese name staff know it by. */
export type KnownEntries = Record<string, Map<string, string>>;

const COLLECTION_NAME: Record<string, string> = {
  teams: '志愿服务队（content/teams/）',
  fields: '服务领域（content/fields.yaml）',
  campaigns: '主题活动（content/campaigns/）',
  stories: '志愿故事（content/stories/）',
  announcements: '通知公告（content/announcements/）',
};

/** The existing id nearest to a mistyped one, by id or by its Chinese name. */
export function closestId(wanted: string, known: Map<string, string>): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const [id, name] of known) {
    // Half an id (zhulao for zhulao-zhucan) or part of a name is as good a clue as a typo.
    const partial = wanted.length >= 2 && (id.includes(wanted) || name.includes(wanted)) ? 0.1 : 1;
    const score = Math.min(
      partial,
      distance(wanted, id) / Math.max(wanted.length, id.length),
      distance(wanted, name) / Math.max(wanted.length, name.length),
    );
    if (!best || score < best.score) best = { id, score };
  }
  return best && best.score <= 0.5 ? best.id : undefined;
}

/** What is wrong with a reference to an entry that does not exist, and a fix staff can act on. */
export function brokenReference(ref: Reference, known: KnownEntries): { problem: string; fix: string } | undefined {
  const pool = known[ref.collection] ?? new Map<string, string>();
  if (pool.has(ref.id)) return undefined;
  const suggestion = closestId(ref.id, pool);
  const fix = suggestion
    ? `是不是要写“${suggestion}”（${pool.get(suggestion)}）？`
    : `请改成已有的编号之一：${[...pool.keys()].slice(0, 8).join('、')}${pool.size > 8 ? ' 等' : ''}。`;
  return { problem: `引用的“${ref.id}”在${COLLECTION_NAME[ref.collection] ?? ref.collection}中不存在。`, fix };
}
