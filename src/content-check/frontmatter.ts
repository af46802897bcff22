/** Splits an entry into its front matter and body, and finds the line a field is written on. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitEntry {
  /** the YAML between the --- lines, or undefined when there is none */
  yaml?: string;
  body: string;
  /** line number (1-based) of the body's first line in the file */
  bodyLine: number;
}

export function splitEntry(source: string): SplitEntry {
  const match = FRONTMATTER.exec(source);
  if (!match) return { body: source, bodyLine: 1 };
  return { yaml: match[1], body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The file line of a top-level field in the front matter (the opening --- is line 1). */
export function fieldLine(yaml: string, field: string | undefined, offset = 1): number | undefined {
  if (!field) return undefined;
  const index = yaml
    .split(/\r?\n/)
    .findIndex((line) => new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(line));
  return index < 0 ? undefined : index + 1 + offset;
}
