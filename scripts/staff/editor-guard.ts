/**
 * The guard npm run admin puts in front of decap-server (rules: src/lib/editor-guard.ts): a small
 * HTTP proxy on loopback that answers 403 to anything but the editor's own page, and forwards the rest
 * to decap-server, which then listens on a port only the guard uses.
 */
import { createServer, request as forward, type Server } from 'node:http';
import { guardVerdict, type GuardRules } from '../../src/lib/editor-guard.ts';

export function startEditorGuard(rules: GuardRules, target: { host: string; port: number }): Promise<Server> {
  const server = createServer((req, res) => {
    const verdict = guardVerdict({ host: req.headers.host, origin: req.headers.origin, url: req.url ?? '/' }, rules);
    if (!verdict.allowed) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`拒绝：${verdict.reason}。网页编辑器只接受它自己页面的请求。\n`);
      return;
    }
    const upstream = forward(
      {
        host: target.host,
        port: target.port,
        method: req.method,
        path: verdict.path,
        headers: { ...req.headers, host: `${target.host}:${target.port}` },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('decap-server 没有回应。\n');
    });
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(rules.port, '127.0.0.1', () => resolve(server));
  });
}
