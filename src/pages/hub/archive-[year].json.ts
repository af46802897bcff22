/** A year of the county's entries in full, for a province hub (src/lib/hub-contract.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { changedOnly } from '../../data/page-reads.ts';
import { getCatalog } from '../../data/catalog';
import { hubArchiveOf, hubYears } from '../../data/hub-contract';

export const getStaticPaths = changedOnly((async () =>
  hubYears(await getCatalog()).map((year) => ({ params: { year: String(year) } }))) satisfies GetStaticPaths);

export const GET: APIRoute = async ({ params }) => {
  const archive = await hubArchiveOf(await getCatalog(), Number(params.year));
  return new Response(archive.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
