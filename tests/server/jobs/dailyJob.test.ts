import { describe, expect, it, vi } from 'vitest';
import { startDailyJob } from '../../../src/server/jobs/dailyJob.ts';

describe('startDailyJob', () => {
  it('first runs after firstRunMs, then every interval from that run; one round at a time; logs a failed round and runs again at the next tick; stop waits for the round in progress', async () => {
    vi.useFakeTimers();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      let rounds = 0;
      let release: () => void = () => {};
      const run = vi.fn<() => Promise<void>>(async () => {
        rounds++;
        if (rounds === 1) throw new Error('disk full');
        await new Promise<void>((r) => (release = r));
      });
      const job = startDailyJob('test job', run, { firstRunMs: 1000, intervalMs: 10_000 });
      await vi.advanceTimersByTimeAsync(999);
      expect(run).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(run).toHaveBeenCalledTimes(1);
      expect(error).toHaveBeenCalledWith('test job failed (will retry):', expect.any(Error));
      // Every interval from the first run (1000 + 10000), not from the start.
      await vi.advanceTimersByTimeAsync(9999);
      expect(run).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(run).toHaveBeenCalledTimes(2);
      // The second round is still running: the next tick joins it instead of starting another.
      await vi.advanceTimersByTimeAsync(10_000);
      expect(run).toHaveBeenCalledTimes(2);
      let stopped = false;
      const stopping = job.stop().then(() => (stopped = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect(stopped).toBe(true);
      await vi.advanceTimersByTimeAsync(50_000);
      expect(run).toHaveBeenCalledTimes(2);
    } finally {
      error.mockRestore();
      vi.useRealTimers();
    }
  });
});
