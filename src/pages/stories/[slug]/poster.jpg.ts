/** A story's share poster (src/data/posters.ts): one image to save with a long press and send. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Story } from '../../../data/catalog';
import { storyPoster } from '../../../data/poster-data';
import { posterResponse } from '../../../data/posters';

export const getStaticPaths = changedOnly((async () =>
  (await getCatalog()).stories.map((story) => ({
    params: { slug: story.id },
    props: { story },
  }))) satisfies GetStaticPaths);

export const GET: APIRoute<{ story: Story }> = async ({ props }) =>
  posterResponse(storyPoster(props.story, await getCatalog()));
