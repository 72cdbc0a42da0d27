// `npx tsx scripts/bench/spaSize.ts [--no-build] [--top 25] [--dist DIR]`: the SPA's
// initial JavaScript without Chromium. Builds with source maps into a throwaway
// directory, prints each initial file and the modules that weigh most in them,
// and exits 1 when code meant to load lazily (spaModules.ts LAZY_ONLY) is in
// the first load. Sizes are figures, not asserted: a loaded machine does not change them.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSpaWithMaps, initialAssets } from './spa.ts';
import { printSpaModules, printSpaSize } from './spaPrint.ts';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    dist: { type: 'string', default: '/tmp/canceldesk-spa-size' },
  },
});
const ROOT = resolve(import.meta.dirname, '../..');
const dist = resolve(args.dist);

if (!args['no-build']) {
  console.error(`[spa] vite build --sourcemap → ${dist}`);
  await buildSpaWithMaps(ROOT, dist);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`[spa] no ${dist}/index.html`);
  process.exit(2);
}
const size = initialAssets(dist);
printSpaSize(size);
const breaches = printSpaModules(dist, size, Number(args.top));
process.exit(breaches > 0 ? 1 : 0);
