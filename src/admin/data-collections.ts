/**
 * The editor's forms for monthly service records and honour rolls, which issue 16 made files of their
 * own: a records month is uploaded as the platform's export (records-widget.ts), an honour roll is a
 * list of people with the privacy rules beside each field. Both are saved for review like stories.
 */
import { decapFields, type Choices } from './decap-fields.ts';

const MONTH = ['^\\d{4}-(0[1-9]|1[0-2])$', '写成 年-两位月份，例如 2026-11'];
const YEAR = ['^20\\d{2}$', '写成四位年份，例如 2026'];

export const DATA_FORMATS = { records: 'xinfeng-records', honours: 'xinfeng-honours' } as const;

export function dataCollections(choices: Choices) {
  return [
    {
      name: 'records',
      label: '每月服务记录',
      label_singular: '月度服务记录',
      description:
        '每月一份：上传全国志愿服务信息系统（或志愿汇）导出的本月表格，网站按 npm run import:hours 的规则读取，读不懂的行会逐条列出。保存后送审，审核通过才更新网站上的合计和图表。',
      folder: 'content/records',
      extension: 'csv',
      format: DATA_FORMATS.records,
      path: '{{slug}}',
      slug: '{{fields.month}}',
      create: true,
      delete: false,
      identifier_field: 'month',
      summary: '{{filename}} 服务记录',
      fields: [
        {
          name: 'month',
          label: '月份',
          widget: 'string',
          required: false,
          pattern: MONTH,
          hint: '新建时填写，例如 2026-11；已有的月份不用填。',
        },
        {
          name: 'sheet',
          label: '本月的服务记录表',
          widget: 'xinfeng-records',
          hint: '选择平台导出的 .xlsx 或 .csv 文件。要替换已有的月份，重新上传即可。',
        },
      ],
    },
    {
      name: 'honours',
      label: '光荣榜',
      label_singular: '年度光荣榜',
      description:
        '每年一份名单。只写姓名、队伍、时长和事迹，不写身份证号、手机号和志愿者编号；本人（未成年人由监护人）书面同意才公开全名，否则网站只显示“张**”；未成年人不显示姓名、照片和事迹，只计入人数。',
      folder: 'content/honours',
      extension: 'yaml',
      format: DATA_FORMATS.honours,
      path: '{{slug}}',
      slug: '{{fields.year}}',
      create: true,
      delete: false,
      identifier_field: 'year',
      summary: '{{filename}} 年光荣榜',
      fields: [
        {
          name: 'year',
          label: '年份',
          widget: 'string',
          required: false,
          pattern: YEAR,
          hint: '新建时填写，例如 2026。',
        },
        {
          name: 'people',
          label: '名单',
          label_singular: '志愿者',
          widget: 'list',
          collapsed: true,
          summary: '{{fields.name}}　{{fields.hours}} 小时',
          fields: decapFields('honours', choices),
        },
      ],
    },
  ];
}
