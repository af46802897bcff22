/**
 * An entry file is front matter (YAML between two --- lines) and a body. This is the one place that
 * splits the two and reads the YAML, for the build's loaders and for the content check alike.
 */
import yaml from 'js-yaml';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface EntryParts {
  /** the YAML between the --- lines, or undefined when there is none */
  yaml?: string;
  /** everything after the closing --- line */
  body: string;
  /** line number (1-based) of the body's first line in the file */
  bodyLine: number;
}

export function splitEntry(source: string): EntryParts {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { body: source, bodyLine: 1 };
  return { yaml: match[1], body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Reads YAML without turning "2026-03-03 09:00:00" into a UTC Date, so that the content model can read
 * every time written without an offset as Beijing time (YAML's own rule would say UTC).
 */
export function parseYamlAsWritten(text: string, fileName: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: fileName });
}

/**
 * The file line of a top-level field. `offset` is the number of lines above the YAML: 1 for front
 * matter (the opening ---), 0 for a YAML data file.
 */
export function fieldLine(yamlText: string, field: string | undefined, offset = 1): number | undefined {
  if (!field) return undefined;
  const key = new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const index = yamlText.split(/\r?\n/).findIndex((line) => key.test(line));
  return index < 0 ? undefined : index + 1 + offset;
}
