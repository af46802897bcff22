/**
 * Serves a built site the way a well-set web server does: files from dist/, every text type with
 * its charset, the site's own 404 page. `npm start` and the tests use it.
 *   node scripts/serve.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { contentTypeFor } from '../src/lib/content-types.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const dir = path.resolve(values.dir!);
const files = sirv(dir, {
  dev: true, // no long caching while previewing: a rebuild shows at once
  setHeaders: (res, pathname) => {
    const type = contentTypeFor(pathname);
    if (type) res.setHeader('Content-Type', type);
  },
});

const server = createServer((req, res) =>
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(readFileSync(path.join(dir, '404.html')));
  }),
);
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(
    `端口 ${values.port} 已被占用（可能已有一个预览在运行）。请先关闭它，或换一个端口：npm run preview -- --port 4322`,
  );
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
  console.log(
    `网站已在 http://localhost:${values.port}/ 运行（按 Ctrl+C 停止）。Serving ${dir} at http://${values.host}:${values.port}/`,
  );
});
