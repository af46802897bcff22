/**
 * The docs hold together: every link between README, CONTRIBUTING and docs/ leads to a file that exists
 * and, where it names a heading, to that heading; the README points every reader to their guide.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site-build';

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf-8');
/** The text outside code (fenced blocks, indented in lists too, and inline code), where a link is a link. */
const prose = (text: string) => text.replace(/^ *```[\s\S]*?^ *```/gm, '').replace(/`[^`\n]*`/g, '');

/** A heading's anchor as GitHub, Gitea and Forgejo make it: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsIn = (text: string) => new Set([...prose(text).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1]!)));

/** Links in Markdown ([text](target)) and HTML (src, href) that point inside the repository. */
function localLinks(text: string): string[] {
  const targets = [
    ...[...prose(text).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!),
    ...[...prose(text).matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return targets.filter((t) => !/^(https?:|mailto:|tel:)/.test(t));
}

describe('the docs', () => {
  it.each(DOCS)('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const link of localLinks(read(file))) {
      const [target, anchor] = link.split('#') as [string, string | undefined];
      const linked = target ? path.normalize(path.join(path.dirname(file), decodeURI(target))) : file;
      if (!existsSync(path.join(ROOT, linked))) broken.push(`${link}: no file ${linked}`);
      else if (anchor && linked.endsWith('.md') && !anchorsIn(read(linked)).has(decodeURIComponent(anchor)))
        broken.push(`${link}: no heading “${anchor}” in ${linked}`);
    }
    expect(broken).toEqual([]);
  });

  it('has the README point every reader to their guide, and fit a newcomer’s first read', () => {
    const readme = read('README.md');
    const linked = new Set(localLinks(readme).map((l) => l.split('#')[0]));
    for (const doc of DOCS.filter((d) => d !== 'README.md')) expect(linked, doc).toContain(doc);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    expect(readme.split('\n').length).toBeLessThanOrEqual(80);
  });
});
