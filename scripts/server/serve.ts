/**
 * Serves a built site the way a well-set web server does: files from dist/, every text type with
 * its charset, the site's own 404 page, the Content-Security-Policy the build wrote out as a header, and
 * the switches of 长辈版 and 高对比度 (src/lib/reader-modes.ts). `npm start` runs it; tests and benchmarks start it in their
 * own process on a free port (startPreview), so it ends when they do.
 *   node scripts/server/serve.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { contentTypeFor } from '../../src/lib/content-types.ts';
import { ADMIN_PATH } from '../../src/lib/csp.ts';
import { MODE_STYLESHEET, modeStylesheetFile, modeSwitch, modesOn } from '../../src/lib/reader-modes.ts';
import { SERVER_FILES } from '../../src/lib/server-files.ts';

export interface Preview {
  /** e.g. http://127.0.0.1:39211, without a trailing / */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` and resolves once it listens; port 0 takes any free port. */
export function startPreview(dir: string, { port = 0, host = '127.0.0.1' } = {}): Promise<Preview> {
  const root = path.resolve(dir);
  const policyIn = (name: string) => {
    const file = path.join(root, name);
    return existsSync(file) ? readFileSync(file, 'utf-8').trim() : undefined;
  };
  const policy = policyIn(SERVER_FILES.csp);
  const adminPolicy = policyIn(SERVER_FILES.adminCsp);
  const files = sirv(root, {
    dev: true, // no long caching while previewing: a rebuild shows at once
    setHeaders: (res, pathname) => {
      const type = contentTypeFor(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const server = createServer((req, res) => {
    const forPage = (req.url ?? '').startsWith(ADMIN_PATH) ? adminPolicy : policy;
    if (forPage) res.setHeader('Content-Security-Policy', forPage);
    // 长辈版 and 高对比度, as nginx answers them (deploy/nginx/xinfeng-site.conf).
    const url = new URL(req.url ?? '/', 'http://preview');
    const switched = modeSwitch(url);
    if (switched) {
      res.writeHead(303, {
        Location: switched.location,
        'Set-Cookie': switched.setCookie,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (url.pathname === MODE_STYLESHEET) {
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('Vary', 'Cookie');
      req.url = `/modes/${modeStylesheetFile(modesOn(req.headers.cookie))}.css`;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(path.join(root, '404.html')));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  try {
    const preview = await startPreview(values.dir!, { port: Number(values.port), host: values.host });
    console.log(
      `网站已在 http://localhost:${values.port}/ 运行（按 Ctrl+C 停止）。Serving ${path.resolve(values.dir!)} at ${preview.url}/`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(
      `端口 ${values.port} 已被占用（可能已有一个预览在运行）。请先关闭它，或换一个端口：npm run preview -- --port 4322`,
    );
    process.exit(1);
  }
}
