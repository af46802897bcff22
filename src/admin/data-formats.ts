/**
 * How the web editor reads and writes the two kinds of content that are not Markdown entries: a month
 * of service records (content/records/YYYY-MM.csv, kept exactly as the importer wrote it) and a
 * year's honour roll (content/honours/YYYY.yaml, a list of people under the file's own comments).
 */
import yaml from 'js-yaml';

/** A records file is its CSV text; the upload widget (records-widget.ts) makes it. */
export const readRecordsFile = (text: string) => ({ sheet: text });
export const writeRecordsFile = (data: Record<string, unknown>) => String(data.sheet ?? '');

/** The order a person's fields are written in, as in the sample files and the content model. */
const PERSON_FIELDS = ['name', 'team', 'hours', 'consent', 'minor', 'photo', 'note', 'sample'];

const blank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(blank));

/** One person as the file writes them: in order, nothing left empty, `minor` only when true. */
function personAsWritten(person: Record<string, unknown>): Record<string, unknown> {
  const keys = [...PERSON_FIELDS, ...Object.keys(person).filter((k) => !PERSON_FIELDS.includes(k))];
  return Object.fromEntries(
    keys.filter((k) => !blank(person[k]) && !(k === 'minor' && person[k] === false)).map((k) => [k, person[k]]),
  );
}

export function readHonoursFile(text: string): Record<string, unknown> {
  let people: unknown;
  try {
    people = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    return { people: [], __source: text, __unreadable: `不是有效的 YAML（${String(error).split('\n')[0]}）` };
  }
  if (!Array.isArray(people)) return { people: [], __source: text, __unreadable: '文件不是一个名单（列表）' };
  return { people, __source: text };
}

export function writeHonoursFile(data: Record<string, unknown>): string {
  const source = typeof data.__source === 'string' ? data.__source : '';
  // The file's opening comments (its schema line and how to fill it in) stay as they were.
  const head = source.match(/^(#[^\n]*\n)*/)?.[0] ?? '';
  const people = (Array.isArray(data.people) ? data.people : []).map((p) =>
    personAsWritten(p as Record<string, unknown>),
  );
  return head + (people.length ? yaml.dump(people, { lineWidth: -1, noRefs: true }) : '[]\n');
}
