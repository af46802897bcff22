/**
 * The province hub's registry of counties (issue 29): who they are, where their sites are, the colour
 * their label wears. Written by the province's staff; a mistake stops the hub with the file, the county
 * and the field named, in Chinese.
 */
import yaml from 'js-yaml';

export interface County {
  /** short and stable: the folder of its copies, e.g. juye */
  id: string;
  name: string;
  /** the county site's address, ending in / */
  url: string;
  /** its label's colour, #rrggbb */
  colour: string;
}

export interface Registry {
  /** the hub's own name, e.g. 山东省新时代文明实践志愿服务 */
  name: string;
  /** the hub's own address, ending in / (its feeds' links); optional until it has one */
  url?: string;
  counties: County[];
}

const RULES: Record<keyof County, [RegExp, string]> = {
  id: [/^[a-z][a-z0-9-]{1,39}$/, '小写拼音或英文字母、数字和 -，例如 juye'],
  name: [/^\S.{0,29}$/u, '县的名称，例如 巨野县'],
  url: [/^https?:\/\/[^/\s]+\/(?:[^\s]*\/)?$/, '县网站的地址，以 / 结尾，例如 https://zhiyuan.juye.gov.cn/'],
  colour: [/^#[0-9a-f]{6}$/i, '六位十六进制颜色，例如 #b3261e'],
};

export function parseRegistry(text: string, file: string): Registry {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new Error(`${file}：不是正确的 YAML（${(error as Error).message.split('\n')[0]}）。`, { cause: error });
  }
  const top = (data ?? {}) as { name?: unknown; url?: unknown; counties?: unknown };
  if (typeof top.name !== 'string' || !top.name.trim()) throw new Error(`${file}：缺少 name（汇聚平台的名称）。`);
  const [urlPattern] = RULES.url;
  if (top.url !== undefined && (typeof top.url !== 'string' || !urlPattern.test(top.url))) {
    throw new Error(
      `${file}：url（汇聚平台自己的地址）写得不对（${JSON.stringify(top.url)}）：应为汇聚平台的网址，以 / 结尾，例如 https://zhiyuan.example.gov.cn/。`,
    );
  }
  if (!Array.isArray(top.counties) || top.counties.length === 0) {
    throw new Error(`${file}：缺少 counties（各县的清单），至少要有一个县。`);
  }
  const seen = new Set<string>();
  const counties = top.counties.map((entry: Record<string, unknown>, i: number) => {
    const where = `${file}：第 ${i + 1} 个县（counties[${i}]）`;
    const county = {} as County;
    for (const [field, [pattern, hint]] of Object.entries(RULES) as [keyof County, [RegExp, string]][]) {
      const value = entry?.[field];
      if (typeof value !== 'string' || !pattern.test(value)) {
        throw new Error(`${where}的 ${field} 写得不对（${JSON.stringify(value ?? null)}）：应为${hint}。`);
      }
      county[field] = value;
    }
    if (seen.has(county.id)) throw new Error(`${where}的 id “${county.id}”和前面的县重复了：每个县的 id 要不同。`);
    seen.add(county.id);
    return county;
  });
  return { name: top.name.trim(), ...(typeof top.url === 'string' ? { url: top.url } : {}), counties };
}

/** A county as `npm run hub:init` takes it: 巨野县=https://zhiyuan.juye.gov.cn/ */
export function countyFromOption(written: string, id: string): County {
  const [name = '', url = ''] = written.split('=').map((part) => part.trim());
  return { id, name, url: url && !url.endsWith('/') ? `${url}/` : url, colour: '#b3261e' };
}

/** hub/registry.yaml for a new hub, with a comment on each field (parseRegistry reads it back). */
export function registryYaml(registry: Registry): string {
  const quoted = (text: string) => JSON.stringify(text);
  return [
    '# 省级汇聚平台的登记表：平台自己的名称和地址，以及各县的网站。改完后运行 npm run hub:fetch，再 npm run build。',
    '# 每个县：id 是小写拼音（它的数据放在 hub/copies/<id>），name 是县名，url 是县网站的地址（以 / 结尾），colour 是标签颜色。',
    `name: ${quoted(registry.name)}`,
    ...(registry.url ? [`url: ${quoted(registry.url)}`] : ['# url: https://zhiyuan.example.gov.cn/']),
    'counties:',
    ...registry.counties.flatMap((c) => [
      `  - id: ${c.id}`,
      `    name: ${quoted(c.name)}`,
      `    url: ${quoted(c.url)}`,
      `    colour: '${c.colour}'`,
    ]),
    '',
  ].join('\n');
}
