/**
 * Free TCP ports on the loopback, one for each wish: the port wished for when it is free, else any.
 * Every port stays held until all are found, so no two of them are the same port (asking the system
 * for "any port" twice in a row may give one port twice: nginx then took its plain-HTTP and HTTPS
 * servers for one listener and refused to start).
 */
import { createServer, type Server } from 'node:net';

function hold(port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

export async function freePorts(wishes: number[], host = '127.0.0.1'): Promise<number[]> {
  const held: Server[] = [];
  try {
    for (const wish of wishes) {
      held.push(await hold(wish, host).catch(() => hold(0, host)));
    }
    return held.map((server) => (server.address() as { port: number }).port);
  } finally {
    await Promise.all(held.map((server) => new Promise((done) => server.close(done))));
  }
}
