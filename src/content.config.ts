/**
 * Astro's content collections over the top-level content/ folder. The schemas themselves live in
 * src/schema/collections.ts, shared with `npm run check`; here they get Astro's image() and reference().
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { entryFiles } from './loaders/entry-files.ts';
import { monthlyRecords } from './loaders/monthly-records.ts';
import { yamlData, yamlLists } from './loaders/yaml-data.ts';
import { contentRoot } from './lib/content-root.ts';
import { collectionSchemas } from './schema/collections.ts';

const root = contentRoot();
/**
 * Pages use the rendered HTML, never the Markdown source: not keeping it halves the content store,
 * which Astro holds in memory while rendering.
 */
const keepRenderedOnly = { retainBody: false };
/** Collections without photos still need an image reader to build their schema. */
const noImages = { image: () => z.never(), reference };

const site = defineCollection({
  loader: yamlData(`${root}site.yaml`, { single: 'site' }),
  schema: collectionSchemas(noImages).site,
});

const fields = defineCollection({
  loader: yamlData(`${root}fields.yaml`),
  schema: collectionSchemas(noImages).fields,
});

const campaigns = defineCollection({
  loader: entryFiles(root, 'campaigns', { pattern: '*.md', ...keepRenderedOnly }),
  schema: ({ image }) => collectionSchemas({ image, reference }).campaigns,
});

const teams = defineCollection({
  loader: entryFiles(root, 'teams', { pattern: '*.md', ...keepRenderedOnly }),
  schema: ({ image }) => collectionSchemas({ image, reference }).teams,
});

const stories = defineCollection({
  loader: entryFiles(root, 'stories', {
    pattern: '*/*/index.md',
    // content/stories/2026/<slug>/index.md → <slug>: the folder name is the URL.
    generateId: ({ entry }) => entry.split('/')[1] ?? entry,
    ...keepRenderedOnly,
  }),
  schema: ({ image }) => collectionSchemas({ image, reference }).stories,
});

const announcements = defineCollection({
  loader: entryFiles(root, 'announcements', {
    pattern: '*/*.md',
    generateId: ({ entry }) => (entry.split('/')[1] ?? entry).replace(/\.md$/, ''),
    ...keepRenderedOnly,
  }),
  schema: ({ image }) => collectionSchemas({ image, reference }).announcements,
});

const records = defineCollection({
  loader: monthlyRecords(`${root}records/`),
  schema: collectionSchemas(noImages).records,
});

const honours = defineCollection({
  loader: yamlLists(`${root}honours/`),
  schema: ({ image }) => collectionSchemas({ image, reference }).honours,
});

export const collections = { site, fields, campaigns, teams, stories, announcements, records, honours };
