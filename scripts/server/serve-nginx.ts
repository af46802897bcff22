/**
 * npm run serve:nginx: the built site served by Debian's nginx with the configuration in deploy/nginx/
 * exactly as shipped, only its paths and ports changed (substituteForTest says which lines): HTTP on a
 * free loopback port (sending readers to HTTPS, as on the server) and HTTPS on another, with a
 * self-signed certificate made for the run. The tests serve the site through it.
 *   node scripts/server/serve-nginx.ts [--dir dist]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePorts } from './free-ports.ts';

export const NGINX = '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const SHIPPED = path.resolve(import.meta.dirname, '../../deploy/nginx');

/** Where the shipped configuration points, and what a run puts there instead. */
export interface Placement {
  site: string;
  snippets: string;
  httpPort: number;
  httpsPort: number;
  certificate: string;
  key: string;
  /** whether this machine has an IPv6 loopback to listen on */
  ipv6: boolean;
}

/** The shipped file with its paths and ports moved; every other line stays as it is. */
export function substituteForTest(text: string, p: Placement): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.trimStart().startsWith('#')) return [line];
      const ipv6Listen = /^(\s*)listen \[::\]:(80|443)( .*)?;$/.exec(line);
      if (ipv6Listen) {
        const port = ipv6Listen[2] === '80' ? p.httpPort : p.httpsPort;
        return p.ipv6 ? [`${ipv6Listen[1]}listen [::1]:${port}${ipv6Listen[3] ?? ''};`] : [];
      }
      return [
        line
          .replace(/^(\s*)listen 80;$/, `$1listen 127.0.0.1:${p.httpPort};`)
          .replace(/^(\s*)listen 443 (.*);$/, `$1listen 127.0.0.1:${p.httpsPort} $2;`)
          .replace(/^(\s*ssl_certificate) \S+;$/, `$1 ${p.certificate};`)
          .replace(/^(\s*ssl_certificate_key) \S+;$/, `$1 ${p.key};`)
          .replaceAll('/srv/xinfeng/current', p.site)
          .replaceAll('/etc/nginx/snippets/', `${p.snippets}/`),
      ];
    })
    .join('\n');
}

export interface NginxSite {
  /** http://127.0.0.1:<port>, which redirects to HTTPS */
  http: string;
  /** https://127.0.0.1:<port>, the site */
  https: string;
  /** the run's self-signed certificate, to trust it */
  certificate: string;
  /** one request, trusting that certificate: a site path (over HTTPS) or a whole URL */
  get(target: string, headers?: Record<string, string>): Promise<NginxAnswer>;
  close(): Promise<void>;
}

export interface NginxAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** as sent: still compressed where the answer says so */
  body: Buffer;
}

/**
 * Serves `siteDir` (a built site) through the shipped configuration until close(), on free ports or on
 * the two given (a site whose own address names its port is built before nginx can read its files).
 */
export async function startNginx(siteDir: string, ports?: readonly [http: number, https: number]): Promise<NginxSite> {
  for (const needed of [NGINX, BROTLI_MODULE]) {
    if (!existsSync(needed)) {
      throw new Error(`没有找到 ${needed}。请先运行：sudo apt-get install -y nginx libnginx-mod-http-brotli-static`);
    }
  }
  const work = mkdtempSync(path.join(tmpdir(), 'xinfeng-nginx-'));
  const certificate = path.join(work, 'test.crt');
  const key = path.join(work, 'test.key');
  // For the loopback address, named in subjectAltName as clients check it; valid for the run only.
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { encoding: 'utf-8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);

  const [httpPort, httpsPort] = ports ?? (await freePorts([0, 0]));
  const placement: Placement = {
    site: path.resolve(siteDir),
    snippets: work,
    httpPort,
    httpsPort,
    certificate,
    key,
    ipv6: readFileSync('/proc/net/if_inet6', 'utf-8').includes('00000000000000000000000000000001'),
  };
  for (const file of readdirSync(SHIPPED).filter((f) => f.endsWith('.conf'))) {
    writeFileSync(path.join(work, file), substituteForTest(readFileSync(path.join(SHIPPED, file), 'utf-8'), placement));
  }
  // The main context is this run's own: one process in the foreground, everything written in `work`.
  const temp = (name: string) => `${name} ${path.join(work, name.replace(/_temp_path$/, ''))};`;
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `load_module ${BROTLI_MODULE};
daemon off;
master_process off;
worker_processes 1;
pid ${path.join(work, 'nginx.pid')};
error_log ${path.join(work, 'error.log')} warn;
events { worker_connections 256; }
http {
    access_log off;
    sendfile on;
    ${['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp).join('\n    ')}
    include ${path.join(work, 'xinfeng.conf')};
}
`,
  );
  const nginx: ChildProcess = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let said = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
  const https = `https://127.0.0.1:${placement.httpsPort}`;
  const started = Date.now();
  for (;;) {
    if (nginx.exitCode !== null) {
      const log = existsSync(path.join(work, 'error.log')) ? readFileSync(path.join(work, 'error.log'), 'utf-8') : '';
      throw new Error(`nginx did not start:\n${said}${log}`);
    }
    const listening = await new Promise<boolean>((resolve) => {
      const socket = createServer().listen(placement.httpsPort, '127.0.0.1');
      socket.once('error', () => resolve(true));
      socket.once('listening', () => socket.close(() => resolve(false)));
    });
    if (listening) break;
    if (Date.now() - started > 15_000) throw new Error(`nginx did not listen in 15 s:\n${said}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const trusted = readFileSync(certificate, 'utf-8');
  return {
    http: `http://127.0.0.1:${placement.httpPort}`,
    https,
    certificate: trusted,
    get: (target, headers = {}) =>
      new Promise((resolve, reject) => {
        const url = target.startsWith('/') ? `${https}${target}` : target;
        const send = url.startsWith('https:') ? httpsRequest : httpRequest;
        send(url, { headers, ca: trusted }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(work, { recursive: true, force: true });
          resolve();
        };
        if (nginx.exitCode !== null) return done();
        nginx.once('exit', done);
        nginx.kill('SIGQUIT');
      }),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const site = await startNginx(values.dir!);
  console.log(
    `nginx 已在 ${site.https}/ 提供 ${values.dir}/（自签名证书，浏览器会提示不安全）；${site.http}/ 转到 HTTPS。按 Ctrl+C 停止。`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void site.close().then(() => process.exit(0)));
}
