/** Every film and its captions, byte for byte, under a name that changes when the file does. */
import { changedOnly } from '../../../data/page-reads.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { filmOf } from '../../../data/films';

export const getStaticPaths = changedOnly((async () => {
  const { stories, announcements, site } = await getCatalog();
  return [...stories, ...announcements].flatMap((entry) => {
    const film = filmOf(entry, site.videoMaxMegabytes);
    if (!film) return [];
    return [
      { params: { file: path.basename(film.url) }, props: { source: film.source, type: 'video/mp4' } },
      {
        params: { file: path.basename(film.captionsUrl) },
        props: { source: film.captionsSource, type: 'text/vtt; charset=utf-8' },
      },
    ];
  });
}) satisfies GetStaticPaths);

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.source as string), { headers: { 'Content-Type': props.type as string } });
