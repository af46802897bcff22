/** How many stories a list page shows: enough to scroll, few enough to load fast on a weak signal. */
export const STORIES_PER_PAGE = 9;

/**
 * How many of its latest stories a team, field or campaign page shows. Listing them all made those
 * pages grow with the whole county's archive (thousands of cards at scale); the rest are a click away.
 */
export const LATEST_ON_PROFILE = 12;

/** How many recent stories' photos the press centre offers for download. */
export const PRESS_PHOTO_COUNT = 8;
