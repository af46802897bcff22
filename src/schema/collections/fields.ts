/** Service fields (服务领域, content/fields.yaml): each entry's id is its pinyin slug. */
import { z } from 'astro/zod';
import { paragraph, plainText } from '../parts.ts';

export const fieldsSchema = z.strictObject({
  name: plainText.meta({ title: '名称', description: '服务领域名称，例如 关爱留守儿童' }),
  summary: paragraph.meta({ title: '简介', description: '一两句话说明这个领域做什么' }),
  order: z.number().int().meta({ title: '顺序', description: '在列表中的顺序，小的在前' }),
});
