/**
 * The stylesheets a page without JavaScript gets for its modes (src/lib/reader-modes.ts): the same
 * rules as the site's stylesheet, made unconditional. The server answers /modes/reader.css with one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import contrastRules from '../../styles/contrast.css?raw';
import elderRules from '../../styles/elder.css?raw';
import { MODE_STYLESHEET_FILES, unconditional } from '../../lib/reader-modes';

const RULES: Record<(typeof MODE_STYLESHEET_FILES)[number], string[]> = {
  none: [],
  elder: [elderRules],
  contrast: [contrastRules],
  'elder-contrast': [contrastRules, elderRules],
};

export const getStaticPaths = (() =>
  MODE_STYLESHEET_FILES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(unconditional(RULES[params.name as keyof typeof RULES].join('\n')), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
