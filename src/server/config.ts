import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseIntakeKeys } from './sql/intakeKeys.ts';

// Everything the server reads from the environment, validated once at start.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DEMO_DATA: z.enum(['0', '1']).optional(),
  INSECURE_COOKIES: z.enum(['0', '1']).optional(),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  NODE_ENV: z.string().optional(),
  DIST_DIR: z.string().default('./dist'),
  INTAKE_API_KEYS: z.string().optional(),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Cancel Desk <no-reply@example.com>'),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  // Supporting documents' files; a volume shared by all servers when several run.
  FILES_DIR: z.string().optional(),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`bad configuration: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // Demo data and demo passwords only where nobody could mistake them for
  // production: the embedded database, or PostgreSQL when asked explicitly;
  // never under NODE_ENV=production, where asking for it is an error.
  const demoData = e.DEMO_DATA ? e.DEMO_DATA === '1' : !e.DATABASE_URL && !production;
  if (demoData && production) {
    throw new Error(
      'DEMO_DATA=1 with NODE_ENV=production: demo mode creates staff with a published password ' +
        'and a published intake API key; refusing to start. Unset DEMO_DATA (or set it to 0).',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demoData,
    // `__Host-` + Secure unless told otherwise; the embedded demo is plain
    // http://localhost, where a Secure cookie would never come back.
    secureCookies: e.INSECURE_COOKIES ? e.INSECURE_COOKIES === '0' : Boolean(e.DATABASE_URL),
    // Only behind a proxy that sets X-Forwarded-For may the header name the client.
    trustProxy: e.TRUST_PROXY === '1',
    distDir: resolve(e.DIST_DIR),
    intakeKeys: parseIntakeKeys(e.INTAKE_API_KEYS),
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : null,
    outboxIntervalMs: e.OUTBOX_INTERVAL_MS,
    filesDir: resolve(e.FILES_DIR ?? join(e.DATA_DIR, 'files')),
  };
}

/** The demo intake key (embedded demo only): lets `npm run customer` play the customer. */
export const DEMO_INTAKE_KEY = 'demo-intake-key-not-for-production';
