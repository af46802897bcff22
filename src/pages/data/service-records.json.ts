import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { openDataRows } from '../../data/open-data';
import { absoluteUrl, paths } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const { site, records } = catalog;
  const body = {
    title: `${site.county}志愿服务记录（按队伍、按月）`,
    publisher: site.sponsor,
    source: site.serviceRecords?.source ?? null,
    licence: site.serviceRecords?.licence ?? null,
    sample: site.serviceRecords?.sample ?? false,
    /** 截至: the last month recorded */
    asOf: records.lastMonth ?? null,
    csv: absoluteUrl(paths.openData('csv'), site.baseUrl),
    unit: { 服务时长: '小时（实际服务时间，不含路途）', 参与人次: '人次', 服务对象人次: '人次' },
    rows: await openDataRows(catalog),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
