/** The share poster of the 微电影 on this page (src/data/posters.ts): its frame, title and length. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Announcement } from '../../../data/catalog';
import { filmOf, type Film } from '../../../data/films';
import { filmPoster } from '../../../data/poster-data';
import { posterResponse } from '../../../data/posters';

export const getStaticPaths = changedOnly((async () => {
  const { announcements, site } = await getCatalog();
  return announcements.flatMap((announcement) => {
    const film = filmOf(announcement, site.videoMaxMegabytes);
    return film ? [{ params: { slug: announcement.id }, props: { announcement, film } }] : [];
  });
}) satisfies GetStaticPaths);

export const GET: APIRoute<{ announcement: Announcement; film: Film }> = async ({ props }) =>
  posterResponse(filmPoster(props.announcement, props.film, await getCatalog()));
