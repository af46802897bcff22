/**
 * The site's own style sheet at a fixed address, for the editor's preview pane (src/admin/main.ts):
 * the same CSS the pages load under a hashed name, so the preview is laid out as the page will be.
 */
import type { APIRoute } from 'astro';
import css from '../../styles/global.css?inline';

export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
