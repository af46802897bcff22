/**
 * The site's own blocks inside an entry's Markdown, and what each may carry: the rules behind the
 * directives (directives.ts), written once for the content check, the build and the web editor.
 */
interface DirectiveSpec {
  /** what it is, for messages */
  label: string;
  attributes: readonly string[];
  required: readonly string[];
  example: string;
}

const DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  gallery: {
    label: '组图',
    attributes: ['caption'],
    required: [],
    example: ':::gallery{caption="图片说明"} ……照片…… :::',
  },
  quote: {
    label: '引语',
    attributes: ['who'],
    required: ['who'],
    example: ':::quote{who="说话人"} ……原话…… :::',
  },
};

export interface DirectiveProblem {
  problem: string;
  fix: string;
}

const USAGE = Object.values(DIRECTIVES)
  .map((d) => `${d.label}：${d.example}`)
  .join('；');

/** What is wrong with a `:::name{…}` block, if anything. */
export function directiveProblems(name: string, attributes: Record<string, unknown>): DirectiveProblem[] {
  const spec = DIRECTIVES[name];
  if (!spec) {
    return [
      {
        problem: `正文里的“:::${name}”不是网站认识的版块，不会显示。`,
        fix: `网站只认识这几种版块：${USAGE}。其余内容请直接用 Markdown 书写。`,
      },
    ];
  }
  const problems: DirectiveProblem[] = [];
  for (const key of Object.keys(attributes)) {
    if (!spec.attributes.includes(key)) {
      problems.push({
        problem: `${spec.label}（:::${name}）不能带“${key}”。`,
        fix: `${spec.label}只能写 ${spec.attributes.join('、') || '（不带任何设置）'}，例如 ${spec.example}`,
      });
    }
  }
  for (const key of spec.required) {
    if (!attributes[key]) {
      problems.push({ problem: `${spec.label}（:::${name}）缺少“${key}”。`, fix: `照这个样子写：${spec.example}` });
    }
  }
  return problems;
}
