import { loadRequestList } from './queueChunk.ts';
import { preloadQueueShell } from './shell/shellBoot.ts';

/**
 * The queue's code (~30 files on a first visit) and the shell that paints its
 * first rows, fetched and evaluated ahead of need. The same promises on every
 * call, so calling it twice costs nothing.
 */
export const preloadQueue = () => {
  void loadRequestList().catch(() => undefined);
  preloadQueueShell();
};

/**
 * On the login page, once it is drawn and the browser is idle: the person
 * takes seconds to type, and the queue is where most who sign in land. Loaded
 * after the click instead, those files took the browser's connections and the
 * main thread while the login call and then the list call waited (issue 14).
 */
export const preloadQueueWhenIdle = (): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(preloadQueue, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(preloadQueue, 200);
  return () => clearTimeout(handle);
};
