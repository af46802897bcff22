/** The share poster of the 微电影 on this page (src/data/posters.ts): its frame, title and length. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Story } from '../../../data/catalog';
import { filmOf, type Film } from '../../../data/films';
import { filmPoster } from '../../../data/poster-data';
import { posterResponse } from '../../../data/posters';

export const getStaticPaths = changedOnly((async () => {
  const { stories, site } = await getCatalog();
  return stories.flatMap((story) => {
    const film = filmOf(story, site.videoMaxMegabytes);
    return film ? [{ params: { slug: story.id }, props: { story, film } }] : [];
  });
}) satisfies GetStaticPaths);

export const GET: APIRoute<{ story: Story; film: Film }> = async ({ props }) =>
  posterResponse(filmPoster(props.story, props.film, await getCatalog()));
