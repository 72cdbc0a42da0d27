import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutgoingMessage, Transport } from '../transport.ts';

/**
 * The default transport: logs one line and writes the message where a person
 * can read it, `DATA_DIR/outbox/<id>-email.eml` or `<id>-sms.txt`.
 */
export function logTransport(dir: string | null, log: (line: string) => void = console.log): Transport {
  return {
    async send(m: OutgoingMessage) {
      log(`[outbox] ${m.channel} #${m.id} ${m.event} → ${m.recipient}`);
      if (!dir) return;
      await mkdir(dir, { recursive: true });
      const file =
        m.channel === 'email'
          ? {
              name: `${m.id}-email.eml`,
              text: `To: ${m.recipient}\r\nSubject: ${m.subject ?? ''}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Language: ${m.language}\r\n\r\n${m.body}\r\n`,
            }
          : { name: `${m.id}-sms.txt`, text: `To: ${m.recipient}\n\n${m.body}\n` };
      await writeFile(join(dir, file.name), file.text, 'utf8');
    },
  };
}
