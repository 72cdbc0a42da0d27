import { join } from 'node:path';
import type { Transports } from '../transport.ts';
import { logTransport } from './logTransport.ts';
import { smtpTransport, type SmtpConfig } from './smtpTransport.ts';

/** Email over SMTP when configured, else the log transport; SMS always logs (no gateway yet). */
export function transportsFromConfig(config: { dataDir: string; smtp: SmtpConfig | null }): Transports {
  const log = logTransport(join(config.dataDir, 'outbox'));
  return { email: config.smtp ? smtpTransport(config.smtp) : log, sms: log };
}
