/** A story's body photos as JPEG files for its feed items (photo-files.ts): upright, without camera metadata. */
import { changedOnly } from '../../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../../data/catalog';
import { storiesWithEnclosures } from '../../../../data/feeds';
import { bodyPhotoFile, bodyPhotos, type BodyPhoto } from '../../../../data/photo-files';

export const getStaticPaths = changedOnly((async () =>
  storiesWithEnclosures(await getCatalog()).flatMap((story) =>
    bodyPhotos(story).map((photo) => ({ params: { slug: story.id, name: photo.name }, props: { photo } })),
  )) satisfies GetStaticPaths);

export const GET: APIRoute<{ photo: BodyPhoto }> = async ({ props }) =>
  new Response(new Uint8Array(await bodyPhotoFile(props.photo)), { headers: { 'Content-Type': 'image/jpeg' } });
