/**
 * The search page's filters and the state it keeps in the address bar (?q=…&类型=故事), so a search
 * can be shared as a link and the back button works.
 */
export const SEARCH_TYPES = ['故事', '公告', '队伍', '活动'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Filter groups in the order the page shows them; 县 is the province hub's (src/hub/), absent on a county's site. */
export const FILTER_GROUPS = ['县', '类型', '服务领域', '队伍', '主题活动', '年份'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterGroup, string[]>>;
  sort: SortOrder;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const group of FILTER_GROUPS) {
    const values = params.getAll(group).filter(Boolean);
    if (values.length) filters[group] = values;
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of FILTER_GROUPS) for (const value of state.filters[group] ?? []) params.append(group, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's search options for a state: any of the values within a group, every group at once. */
export function pagefindOptions(state: SearchState) {
  const filters: Record<string, { any: string[] }> = {};
  for (const [group, values] of Object.entries(state.filters)) if (values?.length) filters[group] = { any: values };
  return { filters, ...(state.sort === 'newest' ? { sort: { date: 'desc' as const } } : {}) };
}
