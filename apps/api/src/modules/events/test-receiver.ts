import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** What the receiver does with the n-th request (1-based): answer a status, or cut the connection. */
export type ReceiverBehaviour = (n: number) => number | 'destroy';

/** A real HTTP server on 127.0.0.1 for webhook tests. */
export async function startReceiver(behaviour: ReceiverBehaviour) {
  const received: ReceivedHook[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const outcome = behaviour(received.length);
      if (outcome === 'destroy') {
        req.socket.destroy();
        return;
      }
      res.writeHead(outcome, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // listen() on a TCP port always yields AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
