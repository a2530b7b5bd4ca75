import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.ts';

describe('mailer', () => {
  const received: { to: string[]; raw: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    // A real SMTP server on loopback: the message travels through the actual SMTP protocol.
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => {
          raw += chunk.toString('utf8');
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port; // listen() on a TCP port yields AddressInfo
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers through SMTP when SMTP_URL is configured', async () => {
    const mailer = createMailer({
      from: 'Flow Stage <no-reply@flowstage.local>',
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailDir: '',
    });
    await mailer.send({
      to: 'programmation@salle.fr',
      subject: 'Réinitialisation',
      text: 'Lien : https://x/reset',
    });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['programmation@salle.fr']);
    expect(received[0]?.raw).toContain('Subject: =?UTF-8?Q?R=C3=A9initialisation?=');
  });

  it('writes .eml files when no SMTP server is configured (development)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-mail-'));
    const logs: string[] = [];
    const mailer = createMailer({ from: 'a@b.fr', mailDir: dir, log: (m) => logs.push(m) });
    await mailer.send({ to: 'x@y.fr', subject: 'Hello', text: 'Body' });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(readFileSync(path.join(dir, files[0]!), 'utf8')).toContain('To: x@y.fr');
    expect(logs[0]).toContain('x@y.fr');
  });
});
