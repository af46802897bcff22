/**
 * Renders an entry's body to an HTML string outside a page, for feeds: Astro's container renders the
 * same EntryBody component the pages use, optimised images included.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CollectionEntry } from 'astro:content';
import EntryBody from '../components/EntryBody.astro';
import type { ReadSet } from '../lib/read-tracking.ts';
import { reads } from './page-reads.ts';

let containerPromise: ReturnType<typeof AstroContainer.create> | undefined;
const cache = new Map<string, { value: Promise<string>; reads: ReadSet }>();

/** Once per entry and build; each feed that reuses it is noted as reading what it read. */
export function entryHtml(entry: CollectionEntry<'stories' | 'announcements' | 'campaigns'>): Promise<string> {
  return reads.memo(cache, `${entry.collection}/${entry.id}`, () => {
    containerPromise ??= AstroContainer.create();
    return containerPromise.then((container) => container.renderToString(EntryBody, { props: { entry } }));
  });
}
