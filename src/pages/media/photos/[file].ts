/** The press centre's photo downloads (photo-files.ts): full size, upright, without camera metadata. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Story } from '../../../data/catalog';
import { coverFile, pressDownloadName } from '../../../data/photo-files';
import { pressStories } from '../../../data/press-photos';
import { PRESS_PHOTO_COUNT } from '../../../lib/page-sizes';

export const getStaticPaths = changedOnly((async () =>
  pressStories(await getCatalog(), PRESS_PHOTO_COUNT).map((story) => ({
    params: { file: pressDownloadName(story) },
    props: { story },
  }))) satisfies GetStaticPaths);

export const GET: APIRoute<{ story: Story }> = async ({ props }) =>
  new Response(new Uint8Array(await coverFile(props.story, 'press')), { headers: { 'Content-Type': 'image/jpeg' } });
