import nodemailer from 'nodemailer';
import type { OutgoingMessage, Transport } from '../transport.ts';

export interface SmtpConfig {
  url: string;
  from: string;
}

/** Email through SMTP (`SMTP_URL=smtp://user:pass@host:587`, `SMTP_FROM`). */
export function smtpTransport(config: SmtpConfig): Transport {
  const transporter = nodemailer.createTransport(config.url);
  return {
    async send(m: OutgoingMessage) {
      await transporter.sendMail({
        from: config.from,
        to: m.recipient,
        subject: m.subject ?? '',
        text: m.body,
        headers: { 'Content-Language': m.language },
      });
    },
  };
}
