/**
 * Renders an entry's body to an HTML string outside a page, for feeds: Astro's container renders the
 * same EntryBody component the pages use, optimised images included.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CollectionEntry } from 'astro:content';
import EntryBody from '../components/EntryBody.astro';

let containerPromise: ReturnType<typeof AstroContainer.create> | undefined;
const cache = new Map<string, Promise<string>>();

export function entryHtml(entry: CollectionEntry<'stories' | 'announcements'>): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = cache.get(key);
  if (!html) {
    containerPromise ??= AstroContainer.create();
    html = containerPromise.then((container) => container.renderToString(EntryBody, { props: { entry } }));
    cache.set(key, html);
  }
  return html;
}
