import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePorts } from '../../scripts/server/free-ports.ts';

describe('free ports for a local server', () => {
  it('never gives one port twice, however many are asked for at once', async () => {
    for (let round = 0; round < 20; round++) {
      const ports = await freePorts([0, 0, 0, 0]);
      expect(new Set(ports).size).toBe(4);
    }
  });

  it('gives the port asked for when it is free, and another when it is taken', async () => {
    const [wanted] = await freePorts([0]);
    expect(await freePorts([wanted!])).toEqual([wanted]);
    const busy = createServer().listen(wanted, '127.0.0.1');
    await new Promise((done) => busy.once('listening', done));
    try {
      const [given] = await freePorts([wanted!]);
      expect(given).not.toBe(wanted);
    } finally {
      busy.close();
    }
  });
});
