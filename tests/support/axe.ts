/** axe-core, the accessibility checker, run inside a page for WCAG 2.1 A and AA. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The checker's script, to evaluate in a page before asking it. */
export const AXE = readFileSync(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf-8');

/** What axe finds on the page as it is now (AXE already evaluated in it), a line per rule broken. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await page.evaluate(async () =>
    (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map((v: any) => `${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes[0]?.target}`);
}
