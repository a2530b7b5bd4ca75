import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/**
 * Replays recorded vendor responses on 127.0.0.1 so the official SDKs run unchanged (their real
 * HTTP layer, serialisation and parsing) without reaching the vendor.
 */
export async function startFixtureServer(routes: Record<string, string>) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      const key = `${req.method} ${(req.url ?? '').split('?')[0]}`;
      const fixture = routes[key];
      if (!fixture) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: `no fixture for ${key}` }));
        return;
      }
      const body = readFileSync(path.join(import.meta.dirname, 'fixtures', fixture));
      res
        .writeHead(req.method === 'POST' && key.endsWith('/envelopes') ? 201 : 200, {
          'content-type': 'application/json',
        })
        .end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // a TCP listen always yields AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
