/**
 * The sample content read straight from sample/, independently of the site's own code, so tests
 * compare what the site shows with what staff wrote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from './site-build';

const CONTENT = path.join(ROOT, 'sample');

/** Front matter as staff wrote it; loosely typed on purpose, tests say what they expect of it. */
export type Entry = Record<string, any> & { id: string };

function frontMatter(file: string): Record<string, any> {
  const source = readFileSync(file, 'utf-8');
  const raw = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return yaml.load(raw, { schema: yaml.CORE_SCHEMA }) as Record<string, any>;
}

export function teams(): Entry[] {
  return readdirSync(path.join(CONTENT, 'teams'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.replace(/\.md$/, ''), ...frontMatter(path.join(CONTENT, 'teams', f)) }));
}

export function stories(): Entry[] {
  const dir = path.join(CONTENT, 'stories');
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => /index\.md$/.test(f))
    .map((f) => ({ id: f.split(path.sep)[1]!, file: f, ...frontMatter(path.join(dir, f)) }));
}

export function announcements(): Entry[] {
  const dir = path.join(CONTENT, 'announcements');
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: path.basename(f, '.md'), ...frontMatter(path.join(dir, f)) }));
}

export function campaigns(): Entry[] {
  return readdirSync(path.join(CONTENT, 'campaigns'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.replace(/\.md$/, ''), ...frontMatter(path.join(CONTENT, 'campaigns', f)) }));
}

export function fields(): Record<string, { name: string }> {
  return yaml.load(readFileSync(path.join(CONTENT, 'fields.yaml'), 'utf-8')) as Record<string, { name: string }>;
}

export function site(): Record<string, any> {
  return yaml.load(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf-8')) as Record<string, any>;
}

/** Every row of content/records/*.csv, with its month (the sample's cells hold no commas or quotes). */
export function records(): {
  month: string;
  team: string;
  activities: number;
  participants: number;
  hours: number;
  served: number;
}[] {
  const dir = path.join(CONTENT, 'records');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf-8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [team, activities, participants, hours, served] = line.split(',');
          return {
            month: f.replace(/\.csv$/, ''),
            team: team!,
            activities: Number(activities),
            participants: Number(participants),
            hours: Number(hours),
            served: Number(served),
          };
        }),
    );
}

/** Every person of content/honours/*.yaml, with the year. */
export function honours(): (Record<string, any> & { year: string })[] {
  const dir = path.join(CONTENT, 'honours');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      (yaml.load(readFileSync(path.join(dir, f), 'utf-8')) as Record<string, any>[]).map((p) => ({
        ...p,
        year: f.replace(/\.yaml$/, ''),
      })),
    );
}
