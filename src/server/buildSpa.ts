import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// `npm start` builds the SPA only when a source is newer than the last build,
// so a restart takes a second and a fresh clone still just works.
const SOURCES = ['index.html', 'vite.config.ts', 'src/admin', 'src/domain', 'public', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
}

export function spaIsStale(root: string, distDir: string): boolean {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > builtAt);
}

/** `sourcemap`: maps beside the chunks (the bench reads what each chunk holds). */
export async function buildSpa(root: string, distDir: string, { sourcemap = false } = {}): Promise<void> {
  const { build } = await import('vite');
  // Vite sets NODE_ENV=production in this process when it is unset; the server
  // started next would then read production and create no demo data.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true, sourcemap } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
