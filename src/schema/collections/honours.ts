/** The honour roll (content/honours/YYYY.yaml): what of a person may be published, decided here and in honour-roll.ts. */
import { z } from 'astro/zod';
import { personalNumbers } from '../../lib/personal-numbers.ts';
import { plainText } from '../parts.ts';
import { entryParts, flags, type SchemaAdapters } from './shared.ts';

/** Text on the honour roll: never a person's ID, phone or volunteer number. */
const honourText = plainText.superRefine((text, ctx) => {
  const found = personalNumbers(text);
  if (found) ctx.addIssue({ code: 'custom', message: `不能写${found}：光荣榜只写姓名、队伍、时长和事迹` });
});

/** One person on content/honours/YYYY.yaml. Their star level is computed from `hours`, never typed. */
export function honoursSchema<Image extends z.ZodType>(adapters: SchemaAdapters<Image>) {
  const { photo } = entryParts(adapters);
  const { reference } = adapters;
  return z
    .strictObject({
      name: honourText.meta({ title: '姓名', description: '志愿者姓名；未同意公开时网站只显示姓和 *，未成年人不显示' }),
      team: reference('teams').meta({ title: '队伍', description: '所在队伍编号：见 content/teams/' }),
      hours: z
        .number()
        .nonnegative()
        .meta({ title: '累计服务时长', description: '累计服务时长（小时），星级由它算出' }),
      consent: z.boolean().meta({
        title: '本人同意公开姓名',
        description: '本人（或监护人）书面同意公开全名时写 true；否则写 false，网站只显示“张**”',
        editorHint: '本人（未成年人由监护人）书面同意公开全名时才打开；不打开，网站只显示“张**”。',
      }),
      minor: z.boolean().default(false).meta({
        title: '未满 18 周岁',
        description: '未成年人：网站不显示姓名和照片，只计入人数',
        editorHint: '未满 18 周岁时打开：网站不显示姓名、照片和事迹，只计入人数；不能放照片。',
      }),
      photo: photo().optional().meta({ title: '照片', description: '照片（可选）：仅在本人同意公开且已成年时使用' }),
      note: honourText.optional().meta({ title: '事迹', description: '一句话事迹（可选）' }),
      sample: flags.sample,
    })
    .refine((p) => !p.photo || (p.consent && !p.minor), {
      message: '只有本人同意公开（consent: true）的成年志愿者才能放照片；未成年人任何情况下都不放照片',
      path: ['photo'],
    });
}
