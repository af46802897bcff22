/**
 * What the hub accepts from a county (the contract of src/lib/hub-contract.ts, format 1). Anything
 * else is refused whole and the county's last good copy kept: a county site is input like any other.
 */
import { z } from 'astro/zod';

const count = z.number().int().min(0);
const text = z.string().max(100_000);
const named = z.object({ id: z.string().max(100), name: z.string().max(200) });
/** ISO 8601 with an offset, as the contract writes every time */
const when = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
const web = z.string().regex(/^https?:\/\/[^\s]+$/);

export const manifestSchema = z.object({
  format: z.literal(1),
  site: z.object({ id: z.string(), name: z.string().max(200), county: z.string().max(100), url: web }),
  updated: when.nullable(),
  counts: z.object({ stories: count, announcements: count, campaigns: count, teams: count, events: count }),
  records: z.object({ asOf: z.string().nullable(), hours: z.number().min(0), activities: count }),
  files: z
    .array(
      z.object({
        path: z.string().regex(/^\/hub\/archive-\d{4}\.json$/),
        url: web,
        year: z.number().int(),
        items: count,
        bytes: count,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(200),
});

const item = z.object({
  id: web,
  url: web,
  title: z.string().min(1).max(500),
  summary: text,
  content_html: z.string().max(2_000_000),
  date_published: when,
  date_modified: when.optional(),
  authors: z.array(z.object({ name: z.string().max(200) })).optional(),
  image: web.optional(),
  tags: z.array(z.string().max(200)),
  _xinfeng: z.object({
    kind: z.enum(['story', 'announcement', 'campaign']),
    type: z.string().max(50).optional(),
    teams: z.array(named),
    fields: z.array(named),
    campaign: z.object({ id: z.string(), title: z.string(), url: web }).optional(),
    events: z.array(
      z.object({
        uid: z.string().max(300),
        title: z.string().max(500),
        start: when,
        end: when.optional(),
        place: text,
      }),
    ),
    sample: z.boolean(),
  }),
});

export const archiveSchema = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string(),
  home_page_url: web,
  feed_url: web,
  next_url: web.optional(),
  _xinfeng: z.object({
    format: z.literal(1),
    site: z.string(),
    year: z.number().int(),
    records: z.array(
      z.object({
        month: z.string().regex(/^\d{4}-\d{2}$/),
        activities: count,
        participants: count,
        hours: z.number().min(0),
        served: count,
      }),
    ),
  }),
  items: z.array(item),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type Archive = z.infer<typeof archiveSchema>;
