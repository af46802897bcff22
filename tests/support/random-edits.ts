/**
 * Random edits of a content copy, as staff make them in the editor or in Markdown: a title, a body, a
 * story's team, a new story, a deleted one, a draft flipped, a photo added, a team renamed, an
 * announcement's text. Seeded, so a failure can be
 * replayed; each edit says what it did, and returns words a search must now find or no longer find.
 */
import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type EditKind = 'title' | 'body' | 'team' | 'add' | 'delete' | 'draft' | 'photo' | 'rename' | 'notice';
export const EDIT_KINDS: readonly EditKind[] = [
  'title',
  'body',
  'team',
  'add',
  'delete',
  'draft',
  'photo',
  'rename',
  'notice',
];

export interface Edit {
  kind: EditKind;
  /** what was done, for the test's messages */
  did: string;
  /** words that only the edited text has */
  words: string[];
}

/** A small seeded generator (the benchmark's corpus uses the same one). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export class RandomEditor {
  readonly #content: string;
  readonly #random: () => number;
  #count = 0;

  constructor(content: string, seed: number) {
    this.#content = content;
    this.#random = seeded(seed);
  }

  #pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#random() * items.length)]!;
  }

  /** The stories as folders relative to content/, e.g. stories/2026/mudan-huake. */
  #stories(): string[] {
    const root = path.join(this.#content, 'stories');
    return readdirSync(root)
      .flatMap((year) => readdirSync(path.join(root, year)).map((slug) => `stories/${year}/${slug}`))
      .sort();
  }

  /** The teams' files, e.g. qingnian.md. */
  #teams(): string[] {
    return readdirSync(path.join(this.#content, 'teams'))
      .filter((f) => f.endsWith('.md'))
      .sort();
  }

  #file(story: string) {
    return path.join(this.#content, story, 'index.md');
  }

  #rewrite(story: string, change: (text: string) => string) {
    const file = this.#file(story);
    writeFileSync(file, change(readFileSync(file, 'utf-8')));
  }

  /** Sets a front-matter line (or adds it before the closing ---). */
  #setField(story: string, field: string, value: string) {
    this.#rewrite(story, (text) => {
      const line = new RegExp(`^${field}:.*$`, 'm');
      if (line.test(text)) return text.replace(line, `${field}: ${value}`);
      return text.replace(/\n---\n/, `\n${field}: ${value}\n---\n`);
    });
  }

  edit(kind: EditKind): Edit {
    const n = ++this.#count;
    const story = this.#pick(this.#stories());
    const slug = path.basename(story);
    switch (kind) {
      case 'title': {
        const word = `新标题词${n}号`;
        this.#rewrite(story, (t) => t.replace(/^title: (.*)$/m, `title: $1（${word}）`));
        return { kind, did: `${slug} 的标题加上“${word}”`, words: [word] };
      }
      case 'body': {
        const word = `补记段落${n}号`;
        this.#rewrite(story, (t) => `${t.trimEnd()}\n\n${word}：志愿者们第二天又去回访了一次。\n`);
        return { kind, did: `${slug} 的正文末尾加了一段“${word}”`, words: [word] };
      }
      case 'team': {
        const team = this.#pick(this.#teams()).replace(/\.md$/, '');
        this.#setField(story, 'teams', `[${team}]`);
        return { kind, did: `${slug} 改为只属于 ${team}`, words: [] };
      }
      case 'add': {
        const word = `新添故事${n}号`;
        const copy = `stories/2026/xin-gushi-${n}`;
        cpSync(path.join(this.#content, story), path.join(this.#content, copy), { recursive: true });
        this.#setField(copy, 'title', `${word}：志愿者走进社区`);
        this.#setField(copy, 'published', `2026-11-${String(10 + n).padStart(2, '0')} 09:00`);
        this.#setField(copy, 'draft', 'false');
        return { kind, did: `照着 ${slug} 新添 ${copy}`, words: [word] };
      }
      case 'delete': {
        rmSync(path.join(this.#content, story), { recursive: true });
        return { kind, did: `删除 ${story}`, words: [] };
      }
      case 'draft': {
        const isDraft = /^draft: true$/m.test(readFileSync(this.#file(story), 'utf-8'));
        this.#setField(story, 'draft', isDraft ? 'false' : 'true');
        return { kind, did: `${slug} ${isDraft ? '不再是草稿' : '改成草稿'}`, words: [] };
      }
      case 'rename': {
        const team = this.#pick(this.#teams());
        const word = `改名队伍${n}号`;
        const file = path.join(this.#content, 'teams', team);
        writeFileSync(file, readFileSync(file, 'utf-8').replace(/^name: (.*)$/m, `name: $1（${word}）`));
        return { kind, did: `队伍 ${team} 改名，加上“${word}”`, words: [word] };
      }
      case 'notice': {
        const root = path.join(this.#content, 'announcements');
        const notices = readdirSync(root, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.md'));
        const file = path.join(root, this.#pick(notices.sort()));
        const word = `公告补充${n}号`;
        writeFileSync(file, `${readFileSync(file, 'utf-8').trimEnd()}\n\n${word}：报名截止时间不变。\n`);
        return { kind, did: `公告 ${path.basename(file)} 末尾加了“${word}”`, words: [word] };
      }
      case 'photo': {
        const donor = this.#stories().find((s) => s !== story)!;
        const name = `xin-zhaopian-${n}.jpg`;
        copyFileSync(path.join(this.#content, donor, 'cover.jpg'), path.join(this.#content, story, name));
        const word = `新照片${n}号`;
        this.#rewrite(story, (t) => `${t.trimEnd()}\n\n![示例插图：${word}](./${name})\n`);
        return { kind, did: `${slug} 的正文加了一张照片 ${name}`, words: [word] };
      }
    }
  }
}
