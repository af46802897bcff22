/**
 * The web editor's page. Written here rather than as an Astro page: it carries the editor's own
 * Content-Security-Policy (src/lib/csp.ts, adminPolicy) in place of the one Astro gives every page.
 */
import type { APIRoute } from 'astro';
import { escapeAttribute, escapeText } from 'entities';
import { getCatalog } from '../../data/catalog.ts';
import { editorOrigins } from '../../data/editor-settings.ts';
import { adminPolicy } from '../../lib/csp.ts';

export const GET: APIRoute = async () => {
  const { site } = await getCatalog();
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${escapeAttribute(adminPolicy(editorOrigins()))}">
<title>网页编辑器 · ${escapeText(site.name)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/admin/admin.css">
<script src="/admin/xinfeng-admin.js"></script>
<script src="/admin/decap-cms.js"></script>
</head>
<body>
<noscript><p class="xinfeng-notice">网页编辑器需要浏览器打开 JavaScript。请换用电脑上的新版浏览器（如 Edge、Chrome、Firefox），或在浏览器设置里打开 JavaScript。</p></noscript>
</body>
</html>
`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
