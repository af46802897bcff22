import type { APIRoute } from 'astro';
import { editorSettings } from '../../data/editor-settings.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await editorSettings()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
