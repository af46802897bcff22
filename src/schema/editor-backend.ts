/**
 * Where the web editor logs staff in and saves their work: the county's own Gitea or Forgejo. Set up
 * once by the county's IT person in deploy/editor.yaml, outside content/: whoever may change content
 * must not be able to send the editor's login to another server.
 */
import { z } from 'astro/zod';

/** The git servers the editor can log in to; only Forgejo's backend carries the review workflow (先审后发). */
const GIT_SERVERS = ['forgejo', 'gitea'] as const;

export const editorBackendSchema = z.strictObject({
  server: z
    .enum(GIT_SERVERS, { error: '代码托管软件只能写 forgejo（推荐：网页编辑器里有审核流程）或 gitea' })
    .default('forgejo')
    .meta({ title: '代码托管软件', description: 'forgejo 或 gitea；只有 Forgejo 能在网页编辑器里先审后发' }),
  gitServer: z
    .url({ protocol: /^https$/, error: '代码托管网站的地址须以 https:// 开头，例如 https://git.example.org' })
    .refine((url) => !url.endsWith('/'), '代码托管网站的地址末尾不要写 /')
    .meta({ title: '代码托管网站', description: '县里自建的 Forgejo 或 Gitea 的地址，例如 https://git.example.org' }),
  repo: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, '仓库写成 组织名/仓库名，例如 wmsj/wangzhan')
    .meta({ title: '仓库', description: '网站的仓库：组织名/仓库名' }),
  branch: z
    .string()
    .regex(/^[\w./-]+$/, '分支名只能有字母、数字和 . _ / -')
    .default('main')
    .meta({ title: '分支', description: '网站从哪个分支生成，通常是 main' }),
  appId: z
    .string()
    .regex(/^[\w-]+$/, '客户端 ID 只有字母、数字和 -，从代码托管网站的 OAuth2 应用页面复制')
    .meta({ title: '客户端 ID', description: '为网页编辑器建的 OAuth2 应用（不勾选“机密客户端”）的 Client ID' }),
});

export type EditorBackend = z.output<typeof editorBackendSchema>;
