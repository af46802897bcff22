import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { openDataRows } from '../../data/open-data';
import { openDataCsv } from '../../lib/open-data-csv';

export const GET: APIRoute = async () =>
  new Response(openDataCsv(await openDataRows(await getCatalog())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
