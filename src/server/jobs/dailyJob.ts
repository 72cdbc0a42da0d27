import { DAY_MS } from '../../domain/workingDays.ts';

/** A job the server runs on its own: first `firstRunMs` after start, then every `intervalMs` from that first run. */
export interface DailyJobOptions {
  intervalMs?: number;
  firstRunMs?: number;
}

/**
 * Runs `run` once a day (by default), one round at a time; a failed round is
 * logged and retried at the next tick. `stop()` waits for the round in progress.
 * Timers are unref'd so a job never keeps the process alive.
 */
export function startDailyJob(name: string, run: () => Promise<void>, options: DailyJobOptions = {}) {
  let current: Promise<void> | null = null;
  const tick = () => {
    if (current) return current;
    current = run()
      .catch((e: unknown) => console.error(`${name} failed (will retry):`, e))
      .finally(() => {
        current = null;
      });
    return current;
  };
  // The interval starts at the first run, so a job first run at 03:00 keeps running at 03:00.
  let timer: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(() => {
    timer = setInterval(tick, options.intervalMs ?? DAY_MS);
    timer.unref();
    void tick();
  }, options.firstRunMs ?? 60_000);
  first.unref();
  return {
    /** Runs a round now (or joins the one in progress). */
    tick,
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await current;
    },
  };
}
