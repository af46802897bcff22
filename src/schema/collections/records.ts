/** One month of content/records/YYYY-MM.csv as the records reader returns it (service-records.ts). */
import { z } from 'astro/zod';
import { type SchemaAdapters } from './shared.ts';

export function recordsSchema<Image extends z.ZodType>({ reference }: SchemaAdapters<Image>) {
  return z.strictObject({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    rows: z.array(
      z.strictObject({
        team: reference('teams'),
        activities: z.number().int().nonnegative(),
        participants: z.number().int().nonnegative(),
        hours: z.number().nonnegative(),
        served: z.number().int().nonnegative(),
        line: z.number().int(),
      }),
    ),
  });
}
