/** The cover file a feed item attaches (photo-files.ts): upright, without camera metadata. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Story } from '../../../data/catalog';
import { coverFile } from '../../../data/photo-files';
import { storiesWithEnclosures } from '../../../data/feeds';

export const getStaticPaths = changedOnly((async () =>
  storiesWithEnclosures(await getCatalog()).map((story) => ({
    params: { slug: story.id },
    props: { story },
  }))) satisfies GetStaticPaths);

export const GET: APIRoute<{ story: Story }> = async ({ props }) =>
  new Response(new Uint8Array(await coverFile(props.story, 'enclosure')), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
