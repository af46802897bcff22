/**
 * An honour roll in the editor's preview pane as the site will print it (src/lib/honour-roll.ts): a
 * name without consent as 张**, minors counted and never named, teams by name, most hours first.
 */
import { escapeText } from 'entities';
import { honourRoll, type HonourWritten } from '../../lib/honour-roll.ts';
import type { KnownEntries } from '../../lib/references.ts';
import { NATIONAL_VOLUNTEER_THRESHOLDS, starName } from '../../lib/star-level.ts';

export function honoursPreview(data: Record<string, unknown>, year: string, known: KnownEntries): string {
  const written = (Array.isArray(data.people) ? data.people : []).map((p: Record<string, unknown>) => ({
    year,
    person: {
      name: String(p.name ?? ''),
      team: String(p.team ?? ''),
      hours: Number(p.hours ?? 0),
      consent: p.consent === true,
      minor: p.minor === true,
      note: typeof p.note === 'string' ? p.note : undefined,
      sample: p.sample === true,
    } satisfies HonourWritten<unknown>,
  }));
  const [roll] = honourRoll(written, NATIONAL_VOLUNTEER_THRESHOLDS);
  const rows = (roll?.people ?? [])
    .map(
      (p) =>
        `<tr><td>${escapeText(p.name)}</td><td>${escapeText(known.teams?.get(p.team) ?? p.team)}</td><td>${p.hours} 小时</td><td>${escapeText(starName(p.stars))}</td><td>${escapeText(p.note ?? '')}</td></tr>`,
    )
    .join('');
  const minors = roll?.minors ? `<p>另有 ${roll.minors} 位未成年志愿者，只计人数，不显示姓名。</p>` : '';
  return `<article class="wrap"><div class="prose"><h1>${escapeText(year)} 年度志愿者光荣榜</h1>
<p>网站上显示的样子：未同意公开姓名的只显示姓，未成年人不显示。</p>
<table><thead><tr><th scope="col">姓名</th><th scope="col">队伍</th><th scope="col">服务时长</th><th scope="col">星级</th><th scope="col">事迹</th></tr></thead><tbody>${rows}</tbody></table>${minors}</div></article>`;
}
