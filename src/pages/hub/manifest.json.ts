/** The county's manifest for a province hub (src/lib/hub-contract.ts): who, how much, and each archive's sha256. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { hubEverything, hubSite } from '../../data/hub-contract';
import { hubManifest } from '../../lib/hub-contract';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { items, archives } = await hubEverything(catalog);
  const { county } = catalog.records;
  const body = hubManifest(hubSite(catalog), items, archives, {
    teams: catalog.teams.length,
    events: catalog.events.length,
    records: { asOf: catalog.records.lastMonth ?? null, hours: county.hours, activities: county.activities },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
