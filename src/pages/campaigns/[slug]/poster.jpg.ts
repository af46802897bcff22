/** A campaign's share poster (src/data/posters.ts): its cover, title and dates, and its QR code. */
import { changedOnly } from '../../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Campaign } from '../../../data/catalog';
import { campaignPoster } from '../../../data/poster-data';
import { posterResponse } from '../../../data/posters';

export const getStaticPaths = changedOnly((async () =>
  (await getCatalog()).campaigns.map((campaign) => ({
    params: { slug: campaign.id },
    props: { campaign },
  }))) satisfies GetStaticPaths);

export const GET: APIRoute<{ campaign: Campaign }> = async ({ props }) =>
  posterResponse(campaignPoster(props.campaign, await getCatalog()));
