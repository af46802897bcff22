/**
 * The search page, as a plain custom element over Pagefind's JavaScript API: the query and filters
 * live in the address bar, results show type, date, a highlighted excerpt and a thumbnail, and
 * every control is a native form control, so the keyboard works everywhere.
 */
import {
  FILTER_GROUPS,
  pagefindOptions,
  readSearchState,
  SEARCH_TYPES,
  writeSearchState,
  type SearchState,
} from '../lib/search-filters.ts';
import { FIRST_CHECKED, rankChecked, resultsToCheck, settledFirstPage } from '../lib/search-ranking.ts';
import { readableExcerpt } from '../lib/search-excerpt.ts';
import { BundledPagefind, type PagefindResult, type ResultData } from './bundled-pagefind.ts';

const PAGE_SIZE = 10;

/** Types in the site's own order, years newest first, names as a Chinese reader sorts them. */
const filterOrder = (group: string) => (a: string, b: string) => {
  if (group === '类型') return SEARCH_TYPES.indexOf(a as never) - SEARCH_TYPES.indexOf(b as never);
  if (group === '年份') return b.localeCompare(a);
  return a.localeCompare(b, 'zh-CN');
};
/** Once the parser has reached the end of the page (at once when it already has). */
const documentParsed = () =>
  document.readyState === 'loading'
    ? new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
    : Promise.resolve();

interface Found {
  /** every result, in Pagefind's order */
  results: PagefindResult[];
  /** the first FIRST_CHECKED of them, loaded */
  first: ResultData[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

class SiteSearch extends HTMLElement {
  #pagefind = new BundledPagefind();
  #state: SearchState = { query: '', filters: {}, sort: 'relevance' };
  /** every result, loaded lazily: the first ones are loaded at once to rank title matches first */
  #results: (() => Promise<ResultData>)[] = [];
  #shown = 0;
  #searchId = 0;
  #segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  /** the search the page opened with, started before the page was parsed */
  #opening: Promise<Found | null> | undefined;

  async connectedCallback() {
    this.#state = readSearchState(new URLSearchParams(location.search));
    // This script runs as soon as it arrives (the build marks it async): Pagefind opens, and the search
    // the address asks for starts, while the browser is still laying out the page.
    const opened = this.#pagefind.init({ excerptLength: 40 });
    if (this.#state.query || Object.keys(this.#state.filters).length > 0) {
      this.#opening = opened.then(() => this.#find(this.#state, false));
      this.#opening.catch(() => {}); // said below, once the page is there to say it
    }
    await documentParsed();
    const fallback = this.querySelector<HTMLElement>('[data-search-fallback]')!;
    try {
      await opened;
    } catch {
      // The page's style showed the search from the first paint; without an index it shows the sections.
      this.dataset.failed = '';
      fallback.querySelector('p')!.textContent =
        '搜索索引还没有生成（本地编辑预览 npm run dev 中需要先运行一次 npm run build）。您也可以按栏目查找：';
      return;
    }
    const input = this.querySelector<HTMLInputElement>('#search-query')!;
    input.value = this.#state.query;
    this.querySelector<HTMLSelectElement>('[data-search-sort]')!.value = this.#state.sort;

    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ query: input.value.trim() });
    });
    input.addEventListener('input', () => this.#update({ query: input.value.trim() }, true));
    this.querySelector('[data-search-sort]')!.addEventListener('change', (event) =>
      this.#update({ sort: (event.target as HTMLSelectElement).value === 'newest' ? 'newest' : 'relevance' }),
    );
    this.querySelector('[data-search-filters]')!.addEventListener('change', () =>
      this.#update({ filters: this.#checkedFilters() }),
    );
    this.querySelector('[data-search-more]')!.addEventListener('click', () => this.#showMore(true));
    window.addEventListener('popstate', () => {
      this.#state = readSearchState(new URLSearchParams(location.search));
      input.value = this.#state.query;
      void this.#renderFilters().then(() => this.#run(false));
    });
    if (!this.#state.query) input.focus();
    await this.#run(false);
    // The filters after the first results: their files are not needed to show them.
    await this.#renderFilters();
    // Filters stand open beside the results on a wide screen; on a phone they fold away above them.
    if (matchMedia('(min-width: 56rem)').matches) this.querySelector('details')!.open = true;
    this.dataset.ready = '';
  }

  async #renderFilters() {
    const available = await this.#pagefind.filters();
    const box = this.querySelector<HTMLElement>('[data-search-filters]')!;
    box.innerHTML = FILTER_GROUPS.filter((group) => available[group])
      .map((group) => {
        const values = Object.keys(available[group]!).sort(filterOrder(group));
        const checked = new Set(this.#state.filters[group] ?? []);
        return `<fieldset><legend>${escapeHtml(group)}</legend>${values
          .map(
            (value) =>
              `<label><input type="checkbox" name="${escapeHtml(group)}" value="${escapeHtml(value)}"${checked.has(value) ? ' checked' : ''}> ${escapeHtml(value)}</label>`,
          )
          .join('')}</fieldset>`;
      })
      .join('');
  }

  #checkedFilters(): SearchState['filters'] {
    const filters: SearchState['filters'] = {};
    for (const group of FILTER_GROUPS) {
      const values = [
        ...this.querySelectorAll<HTMLInputElement>(`[data-search-filters] input[name="${group}"]:checked`),
      ].map((i) => i.value);
      if (values.length) filters[group] = values;
    }
    return filters;
  }

  #update(change: Partial<SearchState>, typing = false) {
    this.#state = { ...this.#state, ...change };
    // Typing replaces the history entry; a submitted search or a filter is a step Back can undo.
    history[typing ? 'replaceState' : 'pushState'](null, '', `${location.pathname}${writeSearchState(this.#state)}`);
    void this.#run(typing);
  }

  async #run(typing: boolean) {
    const id = ++this.#searchId;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const hasFilters = Object.keys(this.#state.filters).length > 0;
    if (!this.#state.query && !hasFilters) {
      list.innerHTML = '';
      empty.hidden = true;
      this.querySelector<HTMLElement>('[data-search-more]')!.hidden = true;
      status.textContent = '请输入要找的内容，例如“留守儿童”“敬老”“应急救援”。';
      return;
    }
    status.textContent = '正在搜索……';
    const opening = this.#opening;
    this.#opening = undefined;
    const found = await (opening ?? this.#find(this.#state, typing));
    if (!found || id !== this.#searchId) return; // a newer search has started
    const { query, sort } = this.#state;
    const checked = resultsToCheck(query, this.#segmenter);
    // A query of several words checks a hundred results; when the first ones already decide the first
    // page, it shows while the others load (it stays as it is: the rest can only come after it).
    const settled =
      found.first.length < checked ? settledFirstPage(found.first, query, sort, this.#segmenter, PAGE_SIZE) : null;
    if (settled) {
      list.innerHTML = '';
      this.#shown = 0;
      empty.hidden = true;
      this.#results = settled.map((d) => () => Promise.resolve(d));
      await this.#showMore(false);
    }
    const others = await Promise.all(found.results.slice(found.first.length, checked).map((r) => r.data()));
    if (id !== this.#searchId) return;
    const ranked = rankChecked([...found.first, ...others], query, sort, this.#segmenter);
    this.#results = [
      ...ranked.map((d) => () => Promise.resolve(d)),
      ...found.results.slice(checked).map((r) => () => r.data()),
    ];
    if (!settled) {
      list.innerHTML = '';
      this.#shown = 0;
    }
    const what = query ? `“${query}”` : '所选条件';
    if (this.#results.length === 0) {
      status.textContent = `没有找到与${what}相关的内容。`;
      empty.hidden = false;
      this.querySelector<HTMLElement>('[data-search-more]')!.hidden = true;
      return;
    }
    empty.hidden = true;
    status.textContent = `找到 ${this.#results.length} 条与${what}相关的内容。`;
    if (settled) this.querySelector<HTMLElement>('[data-search-more]')!.hidden = this.#shown >= this.#results.length;
    else await this.#showMore(false);
  }

  /**
   * Pagefind's results for `state`, the first of them loaded (the first page's fragments and a margin);
   * null when a newer search replaced it.
   */
  async #find(state: SearchState, typing: boolean): Promise<Found | null> {
    const options = pagefindOptions(state);
    const query = state.query || null;
    const results = typing
      ? await this.#pagefind.debouncedSearch(query, options, 250)
      : await this.#pagefind.search(query, options);
    if (!results) return null;
    return { results, first: await Promise.all(results.slice(0, FIRST_CHECKED).map((r) => r.data())) };
  }

  async #showMore(moveFocus: boolean) {
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(next.map((load) => load()));
    const firstNew = list.children.length;
    // meta.source: on the province hub, the county a result comes from.
    list.insertAdjacentHTML(
      'beforeend',
      data
        .map(
          (d) => `<li class="search-result${d.meta.image ? ' has-image' : ''}">
            ${d.meta.image ? `<img src="${escapeHtml(d.meta.image)}" alt="" width="160" height="100" loading="lazy">` : ''}
            <div>
              <p class="meta"><span class="kind">${escapeHtml(d.meta.type ?? '')}</span>${d.meta.source ? `<span class="source">${escapeHtml(d.meta.source)}</span>` : ''}${d.meta.date ? `<span>${escapeHtml(d.meta.date)}</span>` : ''}</p>
              <h2><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h2>
              <p>${readableExcerpt(d.excerpt)}</p>
            </div>
          </li>`,
        )
        .join(''),
    );
    this.#shown += next.length;
    this.querySelector<HTMLElement>('[data-search-more]')!.hidden = this.#shown >= this.#results.length;
    // "显示更多" moves the keyboard to the first new result rather than leaving it at the button.
    if (moveFocus) list.children[firstNew]?.querySelector('a')?.focus();
  }
}

customElements.define('site-search', SiteSearch);
