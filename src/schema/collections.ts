/**
 * The content model: one zod schema per collection (each in its own file under collections/), the single
 * source of truth for what staff may write in content/. Astro's content layer (src/content.config.ts)
 * and the content check (npm run check) both build their schemas here; they differ only in how an image
 * or a reference to another entry is read, which each passes in. Each field's metadata holds its Chinese
 * label (title) and hint (description), which the web editor and the editors' JSON Schemas show staff.
 */
import type { z } from 'astro/zod';
import { announcementsSchema } from './collections/announcements.ts';
import { campaignsSchema } from './collections/campaigns.ts';
import { fieldsSchema } from './collections/fields.ts';
import { honoursSchema } from './collections/honours.ts';
import { recordsSchema } from './collections/records.ts';
import type { SchemaAdapters } from './collections/shared.ts';
import { siteSchema } from './collections/site.ts';
import { storiesSchema } from './collections/stories.ts';
import { teamsSchema } from './collections/teams.ts';

export type { ReferencedCollection, SchemaAdapters } from './collections/shared.ts';

export function collectionSchemas<Image extends z.ZodType>(adapters: SchemaAdapters<Image>) {
  return {
    site: siteSchema,
    fields: fieldsSchema,
    campaigns: campaignsSchema(adapters),
    teams: teamsSchema(adapters),
    stories: storiesSchema(adapters),
    announcements: announcementsSchema(adapters),
    records: recordsSchema(adapters),
    honours: honoursSchema(adapters),
  };
}

export type CollectionName = keyof ReturnType<typeof collectionSchemas>;
