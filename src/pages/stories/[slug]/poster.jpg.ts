/** A story's share poster (src/data/posters.ts): one image to save with a long press and send. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Story } from '../../../data/catalog';
import { poster, storyPosterData } from '../../../data/posters';

export const getStaticPaths = changedOnly((async () =>
  (await getCatalog()).stories.map((story) => ({
    params: { slug: story.id },
    props: { story },
  }))) satisfies GetStaticPaths);

export const GET: APIRoute<{ story: Story }> = async ({ props }) => {
  const { data, cover } = storyPosterData(props.story, await getCatalog());
  return new Response(new Uint8Array(await poster(data, cover)), { headers: { 'Content-Type': 'image/jpeg' } });
};
