/**
 * The site's part of the web editor (src/admin/main.ts): bundled for the browser from the same
 * modules the content check uses, so the editor writes and checks entries by the same rules.
 */
import type { APIRoute } from 'astro';
import { bundleEditorScript } from '../../admin/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleEditorScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
