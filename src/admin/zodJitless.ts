/**
 * Zod probes for eval (new Function) to compile its parsers; the CSP forbids
 * eval, and the refused probe is logged as a violation on every page. Zod
 * keeps its config in one object on globalThis (shared by every copy of zod,
 * read when a schema first parses), so the SPA sets `jitless` there at boot
 * without importing zod itself: only lazy pages parse, and importing zod's
 * `config` would put ~4 KB gzip of zod into the first load.
 */
/** zod's own name for the object. */
const CONFIG = '__zod_globalConfig';
const host = globalThis as unknown as Record<typeof CONFIG, Record<string, unknown> | undefined>;
Object.assign((host[CONFIG] ??= {}), { jitless: true });
