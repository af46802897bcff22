/**
 * What each kind of share poster shows (issue 28), drawn by src/data/posters.ts: a story, an
 * announcement, a campaign and a 微电影. Anything with minors in it shows no photo, and a poster names
 * where its text comes from, so a character its font lacks is reported against the right file.
 */
import { formatDate, formatDateSpan } from '../lib/beijing-time.ts';
import { creditLine } from '../lib/credit-line.ts';
import type { PosterData } from '../lib/poster-tree.ts';
import { formatDuration } from '../lib/video-check.ts';
import type { Announcement, Campaign, Catalog, Story } from './catalog.ts';
import type { Film } from './films.ts';
import { coverOriginal, offersPhotoFiles } from './photo-files.ts';

/** A poster to draw: what it shows, its photo's file (if any), and the file its text comes from. */
export interface PosterSource {
  data: PosterData;
  cover?: string;
  file: string;
}

/** Where a poster is served: beside its page; a film's beside the page that plays it. */
export const posterPath = (entry: { url: string }) => `${entry.url}poster.jpg`;
export const filmPosterPath = (entry: { url: string }) => `${entry.url}film-poster.jpg`;

const pageAddress = (entry: { url: string }, catalog: Catalog) => new URL(entry.url, catalog.site.baseUrl).href;
const fsPath = (image: ImageMetadata) => (image as ImageMetadata & { fsPath: string }).fsPath;

export function storyPoster(story: Story, catalog: Catalog): PosterSource {
  const withPhoto = offersPhotoFiles(story);
  return {
    data: {
      site: catalog.site.name,
      title: story.title,
      byline: [formatDate(story.published), story.teams[0]?.name].filter(Boolean).join(' · '),
      url: pageAddress(story, catalog),
      ...(withPhoto ? { credit: creditLine(story.cover.credit) } : {}),
    },
    ...(withPhoto ? { cover: coverOriginal(story) } : {}),
    file: story.filePath,
  };
}

/** An announcement has no cover: its title stands alone. */
export function announcementPoster(announcement: Announcement, catalog: Catalog): PosterSource {
  return {
    data: {
      site: catalog.site.name,
      title: announcement.title,
      byline: `${formatDate(announcement.published)} · ${announcement.kind}`,
      url: pageAddress(announcement, catalog),
    },
    file: announcement.filePath,
  };
}

export function campaignPoster(campaign: Campaign, catalog: Catalog): PosterSource {
  return {
    data: {
      site: catalog.site.name,
      title: campaign.title,
      byline: `主题活动 · ${formatDateSpan(campaign.start, campaign.end)}`,
      url: pageAddress(campaign, catalog),
      credit: creditLine(campaign.cover.credit),
    },
    cover: fsPath(campaign.cover.image),
    file: campaign.filePath,
  };
}

/** A 微电影's poster shows its frame, unless the story it belongs to has minors in it. */
export function filmPoster(
  entry: (Story | Announcement) & { minors?: boolean },
  film: Film,
  catalog: Catalog,
): PosterSource {
  const withPhoto = !entry.minors;
  return {
    data: {
      site: catalog.site.name,
      title: `微电影《${film.title}》`,
      byline: `时长 ${formatDuration(film.duration)} · ${formatDate(entry.published)}`,
      url: pageAddress(entry, catalog),
      ...(withPhoto ? { credit: `摄制：${film.credit}` } : {}),
    },
    ...(withPhoto ? { cover: fsPath(film.poster) } : {}),
    file: entry.filePath,
  };
}
