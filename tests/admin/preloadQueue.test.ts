import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loadRequestList = vi.fn<() => Promise<unknown>>(() => Promise.resolve({}));
const preloadQueueShell = vi.fn<() => void>();
vi.mock('../../src/admin/requests/queueChunk.ts', () => ({ loadRequestList }));
vi.mock('../../src/admin/requests/shell/shellBoot.ts', () => ({ preloadQueueShell }));

const { preloadQueue, preloadQueueWhenIdle } = await import('../../src/admin/requests/preloadQueue.ts');

describe('the queue’s code, loaded ahead of a login', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    loadRequestList.mockClear();
    preloadQueueShell.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('loads the queue’s chunk and the shell’s code', () => {
    preloadQueue();
    expect(loadRequestList).toHaveBeenCalledOnce();
    expect(preloadQueueShell).toHaveBeenCalledOnce();
  });

  it('on the login page, waits for the browser to be idle, and not at all once the page is gone', () => {
    preloadQueueWhenIdle();
    expect(loadRequestList).not.toHaveBeenCalled(); // not while the login page is being drawn
    vi.runAllTimers();
    expect(loadRequestList).toHaveBeenCalledOnce();

    const cancel = preloadQueueWhenIdle();
    cancel();
    vi.runAllTimers();
    expect(loadRequestList).toHaveBeenCalledOnce();
  });

  it('a chunk that fails to load is no unhandled rejection: the queue’s route loads it again', async () => {
    loadRequestList.mockReturnValueOnce(Promise.reject(new Error('offline')));
    preloadQueue();
    await Promise.resolve();
    expect(loadRequestList).toHaveBeenCalledOnce();
  });
});
