/** An announcement's share poster (src/data/posters.ts): its title, date and kind, and its QR code. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Announcement } from '../../../data/catalog';
import { announcementPoster } from '../../../data/poster-data';
import { posterResponse } from '../../../data/posters';

export const getStaticPaths = changedOnly((async () =>
  (await getCatalog()).announcements.map((announcement) => ({
    params: { slug: announcement.id },
    props: { announcement },
  }))) satisfies GetStaticPaths);

export const GET: APIRoute<{ announcement: Announcement }> = async ({ props }) =>
  posterResponse(announcementPoster(props.announcement, await getCatalog()));
