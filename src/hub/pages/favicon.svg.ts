/** The site's mark, the county sites' own (public/favicon.svg). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(readFileSync(path.resolve('public/favicon.svg')), { headers: { 'Content-Type': 'image/svg+xml' } });
