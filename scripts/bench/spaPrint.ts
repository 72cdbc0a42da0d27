import type { SpaSize } from './spa.ts';
import { initialModules, lazyOnlyBreaches } from './spaModules.ts';
import { table } from './stats.ts';

export const SPA_TARGET_KB = 300;
const kb = (b: number) => (b / 1024).toFixed(1);

/** The initial files and their sum against the target (the bench's and spaSize.ts's output). */
export function printSpaSize(s: SpaSize, before?: SpaSize) {
  console.log(`\n### SPA initial load (${s.distDir}); target JS ≤ ${SPA_TARGET_KB} KB gzip`);
  console.log(
    table(
      ['file', 'kind', 'raw KB', 'gzip KB'],
      s.files.map((f) => [f.path, f.kind, kb(f.raw), kb(f.gzip)]),
    ),
  );
  console.log(
    `initial JS ${kb(s.jsGzip)} KB gzip (${kb(s.jsRaw)} KB raw, ${s.files.filter((f) => f.kind === 'js').length} files) = ` +
      `${(s.jsGzip / 1024 / SPA_TARGET_KB).toFixed(2)}x target; CSS ${kb(s.cssGzip)} KB gzip` +
      (before ? `; before ${kb(before.jsGzip)} KB` : ''),
  );
  if (s.queue) {
    console.log(
      `queue's first paint (boot + plain-DOM shell, before react-admin): ${kb(s.queue.firstPaintGzip)} KB gzip in ` +
        `${s.queue.firstPaintFiles} files; a load of the queue fetches ${kb(s.queue.loadGzip)} KB gzip in ` +
        `${s.queue.loadFiles} files (the initial JS plus the shell's)`,
    );
  }
}

/** The heaviest source modules of the first load, and any lazy-only code found there; returns the breach count. */
export function printSpaModules(distDir: string, s: SpaSize, top = 25): number {
  const modules = initialModules(distDir, s);
  if (modules.every((m) => m.name.startsWith('(no source map)'))) {
    console.log('(no source maps beside the chunks: module shares not measured)');
    return 0;
  }
  console.log(`\nheaviest modules in the initial JS (gzip is each module's code compressed alone):`);
  console.log(
    table(
      ['module', 'raw KB', 'gzip KB'],
      modules.slice(0, top).map((m) => [m.name, kb(m.raw), kb(m.gzip)]),
    ),
  );
  const breaches = lazyOnlyBreaches(modules);
  console.log(
    breaches.length
      ? `lazy-only code in the first load: ${breaches.map(([what, name]) => `${what} (${name})`).join('; ')}`
      : 'lazy-only code in the first load: none (common passwords, staff/profile/audit pages, English, documents viewer, recharts, request page)',
  );
  return breaches.length;
}
