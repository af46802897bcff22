/** How many stories a list page shows: enough to scroll, few enough to load fast on a weak signal. */
export const STORIES_PER_PAGE = 9;
