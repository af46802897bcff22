/**
 * After Astro has built the site: every page must carry its Content-Security-Policy, and the policies
 * the web server sends as a header are written beside the pages, so the preview server and the
 * production server send exactly what the pages say: one for the site (src/lib/csp.ts, serverPolicy)
 * and one for the web editor under /admin/ (adminServerPolicy), which never mix.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN_PATH, adminServerPolicy, nginxPolicyLine, POLICY_META, serverPolicy } from '../../src/lib/csp.ts';
import { SERVER_DIR, SERVER_FILES } from '../../src/lib/server-files.ts';

/** The policy sits in <head>, near its end; a page's head is far shorter than this. */
const HEAD_BYTES = 64 * 1024;

function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString('utf-8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).split('</head>')[0]!;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the policies the server sends; `withEditor: false` for a site without /admin/ (the province
 * hub), whose editor files carry the pages' own policy so the shipped nginx configuration still reads.
 */
export function writeServerPolicy(siteDir: string, { withEditor = true } = {}): string {
  const policies: string[] = [];
  const adminPolicies = new Set<string>();
  const without: string[] = [];
  const admin = ADMIN_PATH.replace(/^\//, '');
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.html'))) {
    const policy = POLICY_META.exec(headOf(path.join(siteDir, file)))?.[1]?.replaceAll('&#39;', "'");
    if (!policy) without.push(file);
    else if (file.split(path.sep).join('/').startsWith(admin)) adminPolicies.add(policy);
    else policies.push(policy);
  }
  if (without.length > 0) {
    throw new Error(`这些页面没有 Content-Security-Policy，网站不能发布：${without.slice(0, 5).join('、')}`);
  }
  if (withEditor && adminPolicies.size !== 1) {
    throw new Error(
      `网页编辑器（${ADMIN_PATH}）的页面应当有且只有一种 Content-Security-Policy，现在有 ${adminPolicies.size} 种。`,
    );
  }
  const policy = serverPolicy(policies);
  const adminHeader = withEditor ? adminServerPolicy([...adminPolicies][0]!) : policy;
  mkdirSync(path.join(siteDir, SERVER_DIR), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(path.join(siteDir, file), text);
  write(SERVER_FILES.csp, `${policy}\n`);
  write(SERVER_FILES.adminCsp, `${adminHeader}\n`);
  write(
    SERVER_FILES.nginxCsp,
    `# Written by npm run build from the pages' own policy: do not edit.\n${nginxPolicyLine(policy)}`,
  );
  write(
    SERVER_FILES.nginxAdminCsp,
    `# Written by npm run build from /admin/'s own policy: do not edit.\n${nginxPolicyLine(adminHeader)}`,
  );
  return policy;
}
