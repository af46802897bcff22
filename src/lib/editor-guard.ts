/**
 * Who may talk to decap-server on a staff member's computer (npm run admin). decap-server has no login
 * and checks neither the Host header nor a secret, so any web page open in the same browser could
 * reach it on loopback, directly or by rebinding its own name to 127.0.0.1. The guard in front of it
 * lets through only requests that name this computer's address as their host, come from the editor's
 * own page, and carry the token that page was given for this run.
 */
import { timingSafeEqual } from 'node:crypto';

export interface GuardRules {
  /** the port the guard listens on: the Host header must be 127.0.0.1 or localhost with it */
  port: number;
  /** the origins of the editor's page, e.g. http://127.0.0.1:4321 */
  editorOrigins: readonly string[];
  /** this run's secret, the first part of every path */
  token: string;
}

export interface GuardRequest {
  host: string | undefined;
  origin: string | undefined;
  /** the request's path and query */
  url: string;
}

export type GuardVerdict = { allowed: true; path: string } | { allowed: false; reason: string };

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf-8'), Buffer.from(b, 'utf-8'));

export function guardVerdict(request: GuardRequest, rules: GuardRules): GuardVerdict {
  const hosts = [`127.0.0.1:${rules.port}`, `localhost:${rules.port}`];
  if (!request.host || !hosts.includes(request.host.toLowerCase())) {
    return { allowed: false, reason: `Host ${request.host ?? '（无）'} 不是这台电脑的地址` };
  }
  if (!request.origin || !rules.editorOrigins.includes(request.origin)) {
    return { allowed: false, reason: `来源 ${request.origin ?? '（无）'} 不是网页编辑器` };
  }
  const [, first = '', ...rest] = request.url.split('/');
  if (!sameText(first, rules.token)) return { allowed: false, reason: '缺少这次运行的口令' };
  return { allowed: true, path: `/${rest.join('/')}` };
}
