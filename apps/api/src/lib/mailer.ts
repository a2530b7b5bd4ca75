import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

export interface MailerOptions {
  readonly from: string;
  /** smtp://user:pass@host:port — when absent, mails are written as .eml files into `mailDir`. */
  readonly smtpUrl?: string | undefined;
  readonly mailDir: string;
  readonly log?: (message: string) => void;
}

/**
 * Real delivery through nodemailer. Without an SMTP server (a developer's laptop) each message is
 * rendered as a standard .eml file in data/mail and announced in the log, so reset links still work.
 */
export function createMailer(options: MailerOptions): Mailer {
  // nodemailer (~13 MB) is loaded with the first mail, not in every API process at start.
  let transport: Promise<Transporter> | undefined;
  const transporter = () => {
    transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      options.smtpUrl
        ? nodemailer.createTransport(options.smtpUrl)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
    );
    return transport;
  };
  if (options.smtpUrl) {
    return {
      async send(mail) {
        await (await transporter()).sendMail({ from: options.from, ...mail });
      },
    };
  }
  mkdirSync(options.mailDir, { recursive: true });
  return {
    async send(mail) {
      const info = await (await transporter()).sendMail({ from: options.from, ...mail });
      const file = path.join(
        options.mailDir,
        `${Date.now()}-${info.messageId.replace(/[^a-z0-9]/gi, '')}.eml`,
      );
      writeFileSync(file, info.message as Buffer);
      options.log?.(`mail to ${mail.to} «${mail.subject}» written to ${file}`);
    },
  };
}
