/**
 * The Content-Security-Policy every page carries: nothing from another origin, no inline script but
 * the ones the site itself writes (by hash), no plugins, no <base> or form pointing elsewhere. Astro
 * builds it into each page (security.csp in astro.config.mjs) with the hashes of the scripts and
 * styles it bundles; the build also writes it out for the web server (serverPolicy), which adds
 * what a <meta> tag cannot say.
 */
import { createHash } from 'node:crypto';
import { APPLY_BEFORE_PAINT } from './reading-preferences.ts';

const sha256 = (source: string) => `sha256-${createHash('sha256').update(source).digest('base64')}` as const;

/** Directives besides script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const SCRIPT_SOURCES = {
  // Search runs Pagefind's WebAssembly, which browsers compile only with 'wasm-unsafe-eval'; it allows
  // WebAssembly and nothing else ('unsafe-eval' stays refused).
  resources: ["'self'", "'wasm-unsafe-eval'"],
  // The text size and contrast are applied before the first paint by this one inline script.
  hashes: [sha256(APPLY_BEFORE_PAINT)],
};

export const STYLE_SOURCES = { resources: ["'self'"] };

/** The <meta> tag that carries a page's policy (the policy in group 1, as written in the HTML). */
export const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)"[^>]*>/;

/**
 * A page's HTML with one more inline script of its own allowed, by its hash, in the page's policy:
 * for a script the build writes into a page after Astro has made it (the search page's, see
 * src/lib/search-hints.ts). The server's header takes it up from the page (serverPolicy).
 */
export function withScriptHash(html: string, source: string): string {
  const policy = POLICY_META.exec(html)?.[1];
  if (!policy?.includes('script-src')) {
    throw new Error('页面没有带 script-src 的 Content-Security-Policy，不能加入内联脚本');
  }
  const quote = policy.includes('&#39;') ? '&#39;' : "'";
  const allowed = policy.replace(/script-src[^;]*/, (sources) => `${sources} ${quote}${sha256(source)}${quote}`);
  return html.replace(POLICY_META, (tag) => tag.replace(policy, allowed));
}

/** What a page may be framed by: a <meta> policy cannot say it, so only the server's header does. */
const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * The policy for the web server to send as a header: the union of the pages' own policies (Astro
 * writes the same one into every page today, but a page with a script of its own would add a hash),
 * plus what only a header can carry. The header also covers what comes before the <meta> tag in a
 * page's <head>, which the <meta> policy does not.
 */
export function serverPolicy(pagePolicies: Iterable<string>): string {
  const sources = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const directive of policy.split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = sources.get(name) ?? new Set<string>();
      for (const value of values) known.add(value);
      sources.set(name, known);
    }
  }
  const directives = [...sources].map(([name, values]) => [name, ...values].join(' '));
  return [...directives, FRAME_ANCESTORS].join('; ');
}

/** The web editor's pages, which carry a policy of their own (adminPolicy). */
export const ADMIN_PATH = '/admin/';
/**
 * The web editor's policy (/admin/ only, where staff log in; readers never load it). Decap CMS needs
 * three things the site's pages refuse, each confined to this page:
 * - 'unsafe-eval': it checks its configuration with ajv, which compiles validators with new Function;
 * - 'unsafe-inline' for styles (not scripts): its components style themselves with <style> tags;
 * - blob: and data: images: the photos a staff member has just chosen are previewed from memory.
 * Scripts still come only from the site (no inline script, so a story's text shown in the preview
 * cannot run), and it talks only to the site and the git server it saves to (`origins`).
 */
export function adminPolicy(origins: readonly string[]): string {
  const with_ = (base: string) => [base, ...origins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    with_("img-src 'self' blob: data:"),
    "font-src 'self'",
    with_("connect-src 'self' blob:"),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The admin policy as the web server sends it, with what only a header can say. */
export const adminServerPolicy = (pagePolicy: string) => `${pagePolicy}; ${FRAME_ANCESTORS}`;

/** A policy as an nginx line; `always`, so that the 404 page carries it too. */
export const nginxPolicyLine = (policy: string) => `add_header Content-Security-Policy "${policy}" always;\n`;
