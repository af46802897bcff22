/**
 * The page an entry will become, as HTML with the site's own classes, for the editor's preview pane:
 * title and badges, date, team and field names (not ids), cover with its credit, film poster, the
 * body by the site's rules, the programme, 更正说明 at the top and 来源 / 作者 / 责任编辑 / 审核 at the
 * foot. Every text from the form is escaped; the body is held to the allow-list (keep-allowed.ts).
 */
import { escapeAttribute, escapeText } from 'entities';
import { formatDateSpan, formatDateTime, parseBeijingTime } from '../../lib/beijing-time.ts';
import { bylineParts } from '../../lib/byline.ts';
import { creditLine } from '../../lib/credit-line.ts';
import { newestCorrectionsFirst } from '../../lib/corrections.ts';
import type { KnownEntries } from '../../lib/references.ts';
import type { EditorCollectionName } from '../editor-collections.ts';
import { bodyHtmlUnchecked } from './body-markdown.ts';
import { keepAllowed } from './keep-allowed.ts';

export interface PreviewInput {
  collection: EditorCollectionName;
  data: Record<string, unknown>;
  known: KnownEntries;
  /** the site's sponsor: the 来源 of stories and campaigns */
  source: string;
  /** where the editor has a photo the entry names (a new upload, or one in the repository) */
  asset(path: string): string;
}

type Data = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const t = (v: unknown) => escapeText(text(v));
const time = (v: unknown) => {
  const date = typeof v === 'string' ? parseBeijingTime(v) : v instanceof Date ? v : null;
  return date ? `<time>${escapeText(formatDateTime(date))}</time>` : '';
};
const ids = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);
const names = (known: KnownEntries, collection: string, v: unknown) =>
  ids(v).map((id) => escapeText(known[collection]?.get(id) ?? id));

function body(markdown: unknown, asset: PreviewInput['asset']): string {
  const kept = keepAllowed(bodyHtmlUnchecked(text(markdown)));
  // Photos beside the entry are shown from the editor's copy; the list has already judged the address.
  for (const img of kept.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (!/^[a-z]+:|^\//i.test(src)) img.setAttribute('src', asset(src.replace(/^\.\//, '')));
  }
  return kept.innerHTML;
}

function figure(photo: unknown, asset: PreviewInput['asset'], className = 'cover prose'): string {
  const p = (photo ?? {}) as Data;
  if (!text(p.image)) return '';
  const credit = text(p.credit) ? `<figcaption>${escapeText(creditLine(text(p.credit)))}</figcaption>` : '';
  return `<figure class="${className}"><img src="${escapeAttribute(asset(text(p.image).replace(/^\.\//, '')))}" alt="${escapeAttribute(text(p.alt))}">${credit}</figure>`;
}

function film(video: unknown, title: unknown, asset: PreviewInput['asset']): string {
  const v = (video ?? {}) as Data;
  if (!text(v.file)) return '';
  const poster = text(v.poster)
    ? `<img src="${escapeAttribute(asset(text(v.poster).replace(/^\.\//, '')))}" alt="">`
    : '';
  return `<figure class="film prose">${poster}<figcaption>微电影：${t(v.title || title)}（摄制：${t(v.credit)}）</figcaption></figure>`;
}

function badges(data: Data): string {
  return (
    (data.sample === true ? ' <span class="badge badge-sample">示例</span>' : '') +
    (data.draft === true ? ' <span class="badge badge-draft">草稿</span>' : '')
  );
}

function corrections(data: Data): string {
  const list = (Array.isArray(data.corrections) ? data.corrections : [])
    .map((c: Data) => ({ date: parseBeijingTime(text(c.date)) ?? new Date(NaN), note: text(c.note) }))
    .filter((c) => !Number.isNaN(c.date.getTime()));
  if (list.length === 0) return '';
  const items = newestCorrectionsFirst(list)
    .map((c) => `<li><time>${escapeText(formatDateTime(c.date))}</time><span>${escapeText(c.note)}</span></li>`)
    .join('');
  return `<aside class="corrections"><h2>更正说明</h2><ul>${items}</ul></aside>`;
}

function byline(data: Data, source: string, author?: string): string {
  const parts = bylineParts({
    source,
    author,
    editor: text(data.editor),
    reviewer: text(data.reviewer),
    finalReviewer: text(data.finalReviewer),
  }).map((p) => `<span>${escapeText(`${p.label}：${p.name}`)}</span>`);
  const updated = data.updated ? `<span>最后修改：${time(data.updated)}</span>` : '';
  return `<p class="byline">${parts.join('')}${updated}</p>`;
}

const facts = (rows: [string, string[]][]) =>
  `<dl class="facts">${rows
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => `<dt>${label}</dt><dd>${values.join('、')}</dd>`)
    .join('')}</dl>`;

export function previewPage(input: PreviewInput): string {
  const { data, known, asset } = input;
  switch (input.collection) {
    case 'stories':
      return `<article class="wrap"><header class="prose"><h1>${t(data.title)}${badges(data)}</h1>
<p class="lead">${t(data.summary)}</p>
<p class="meta">${time(data.published)}<span>${t(data.author)}</span>${data.location ? `<span>${t(data.location)}</span>` : ''}</p>
${corrections(data)}</header>
${film(data.video, data.title, asset) || figure(data.cover, asset)}
<div class="prose story-body">${body(data.body, asset)}</div>
<div class="prose story-facts">${facts([
        ['志愿队伍', names(known, 'teams', data.teams)],
        ['主题活动', names(known, 'campaigns', data.campaign)],
        ['服务领域', names(known, 'fields', data.fields)],
      ])}${byline(data, input.source, text(data.author))}</div></article>`;
    case 'announcements':
      return `<article class="wrap"><div class="prose"><p><span class="kind">${t(data.kind)}</span></p>
<h1>${t(data.title)}${badges(data)}</h1>
<p class="meta"><span>发布单位：${t(data.author)}</span><span>发布时间：${time(data.published)}</span></p>
${corrections(data)}${film(data.video, data.title, asset)}
<div class="announcement-body">${body(data.body, asset)}</div>
${byline(data, text(data.author))}</div></article>`;
    case 'campaigns': {
      const start = parseBeijingTime(text(data.start));
      const end = parseBeijingTime(text(data.end));
      const programme = (Array.isArray(data.programme) ? data.programme : [])
        .map((e: Data) => `<li><strong>${t(e.title)}</strong> ${time(e.start)} ${t(e.place)}</li>`)
        .join('');
      return `<article class="wrap"><div class="prose"><h1>${t(data.title)}${badges(data)}</h1>
<p class="lead">${t(data.slogan)}</p>
${facts([['活动时间', start && end ? [escapeText(formatDateSpan(start, end))] : []]])}${corrections(data)}</div>
${figure(data.cover, asset)}
<div class="prose"><p>${t(data.summary)}</p>${body(data.body, asset)}
${programme ? `<h2>活动安排</h2><ul>${programme}</ul>` : ''}
${byline(data, input.source)}</div></article>`;
    }
    case 'teams':
      return `<article class="wrap"><div class="prose"><h1>${t(data.name)}${badges(data)}</h1>
<p class="lead">${t(data.summary)}</p>${body(data.body, asset)}</div></article>`;
  }
}
