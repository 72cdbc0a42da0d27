import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSpa } from '../../src/server/buildSpa.ts';

export interface SpaSize {
  distDir: string;
  /** Files the browser fetches before the first render, with raw and gzip bytes. */
  files: { path: string; kind: 'js' | 'css'; raw: number; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
  jsRaw: number;
  /**
   * On the queue's route the boot also imports the first paint's code (QUEUE_PAINT): what
   * that paint loads before it draws the rows (the boot and the shell), and a queue load's
   * JS in all (the initial JS plus the shell's files not in it). Absent without the chunk.
   */
  queue?: { firstPaintGzip: number; firstPaintFiles: number; loadGzip: number; loadFiles: number };
}

/**
 * Builds the SPA into `outDir` as `npm start` does (the repo's dist/ is left alone, and
 * NODE_ENV is restored, so the `npm start` the browser bench spawns next still seeds demo
 * staff), with source maps beside the chunks so spaModules.ts can say what each one holds.
 */
export const buildSpaWithMaps = (root: string, outDir: string) => buildSpa(root, outDir, { sourcemap: true });

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/**
 * Chunks the boot (src/admin/main.tsx) imports on every load, whatever the
 * route: the app shell. Their closure is initial although index.html does not
 * list it (vite.config.ts says why).
 */
const BOOT_IMPORTS = [/^renderApp-[\w-]+\.js$/];
/** The queue's first paint in plain DOM (src/admin/requests/shell/), imported by the boot on the queue only. */
const QUEUE_PAINT = /^paintQueueShell-[\w-]+\.js$/;

/**
 * What the browser loads before the first render: index.html's module
 * scripts, modulepreload links and stylesheets, the chunks the boot always
 * imports (BOOT_IMPORTS), and the static-import closure of all of them (Vite
 * lists the closure as modulepreload already; following the imports catches a
 * config that turns preloading off). Other dynamic `import()` chunks (pages,
 * the login form, English) are not initial and not counted.
 */
export function initialAssets(distDir: string): SpaSize {
  const initial = assetsLoaded(distDir, BOOT_IMPORTS);
  const assets = existsSync(join(distDir, 'assets')) ? readdirSync(join(distDir, 'assets')) : [];
  if (!assets.some((name) => QUEUE_PAINT.test(name))) return initial;
  const firstPaint = assetsLoaded(distDir, [QUEUE_PAINT]);
  const load = assetsLoaded(distDir, [...BOOT_IMPORTS, QUEUE_PAINT]);
  const jsFiles = (s: SpaSize) => s.files.filter((f) => f.kind === 'js').length;
  return {
    ...initial,
    queue: {
      firstPaintGzip: firstPaint.jsGzip,
      firstPaintFiles: jsFiles(firstPaint),
      loadGzip: load.jsGzip,
      loadFiles: jsFiles(load),
    },
  };
}

/** index.html's assets and the closure of the chunks the boot imports that match `imports`. */
function assetsLoaded(distDir: string, imports: RegExp[]): SpaSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src && !/^https?:/i.test(src)) js.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (!href || /^https?:/i.test(href)) continue;
    if (rel === 'modulepreload') js.add(href);
    if (rel === 'stylesheet') css.add(href);
  }
  const assets = existsSync(join(distDir, 'assets')) ? readdirSync(join(distDir, 'assets')) : [];
  for (const re of imports) {
    const found = assets.filter((name) => re.test(name));
    // Without it the figure would drop to the boot's few KB and look like a win.
    if (found.length === 0) throw new Error(`no chunk in ${distDir}/assets matches ${re}: update BOOT_IMPORTS`);
    for (const name of found) js.add(`/assets/${name}`);
  }
  const toFile = (url: string) => join(distDir, url.replace(/^\.?\//, '').split(/[?#]/)[0]!);

  // Follow static imports (`import ... from "./x.js"`, `import "./x.js"`) transitively.
  const queue = [...js];
  while (queue.length) {
    const url = queue.shift()!;
    const file = toFile(url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const resolved = spec.startsWith('/')
        ? spec
        : posix.join(posix.dirname(url.startsWith('/') ? url : `/${url}`), spec);
      if (!js.has(resolved) && ![...js].some((u) => toFile(u) === toFile(resolved))) {
        js.add(resolved);
        queue.push(resolved);
      }
    }
  }

  const files = [
    ...[...js].map((u) => ({ path: u, kind: 'js' as const })),
    ...[...css].map((u) => ({ path: u, kind: 'css' as const })),
  ]
    .filter((f) => existsSync(toFile(f.path)))
    .map((f) => {
      // Sized as shipped without maps: the bench's build adds a sourceMappingURL comment.
      const bytes = Buffer.from(
        readFileSync(toFile(f.path), 'utf8').replace(/\n?\/[/*]# sourceMappingURL=\S+(?: \*\/)?\s*$/, ''),
      );
      return { ...f, raw: bytes.length, gzip: gzipSync(bytes).length };
    });
  const sum = (kind: 'js' | 'css', k: 'raw' | 'gzip') =>
    files.filter((f) => f.kind === kind).reduce((s, f) => s + f[k], 0);
  return {
    distDir: dirname(join(distDir, 'index.html')),
    files,
    jsGzip: sum('js', 'gzip'),
    cssGzip: sum('css', 'gzip'),
    jsRaw: sum('js', 'raw'),
  };
}
