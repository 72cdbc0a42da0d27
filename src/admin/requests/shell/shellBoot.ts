import type { StaffIdentity } from '../../session.ts';

type ShellModule = typeof import('./paintQueueShell.ts');

/** The early calls the first paint draws from (earlyCalls.ts); counts and calendar may be missing. */
export interface EarlyQueueCalls {
  list: Promise<unknown>;
  counts?: Promise<unknown>;
  calendar?: Promise<unknown>;
  /** The list call's filter and order: which tab is underlined, which header has the arrow. */
  filter: Record<string, unknown>;
  sort: { field: string; order: string };
}

let module: ShellModule | undefined;
let loading: Promise<ShellModule | undefined> | undefined;
/** undefined: not answered yet; null: failed, or nobody signed in. */
const answers: { list?: unknown; counts?: unknown; calendar?: unknown } = {};
let staff: StaffIdentity | null | undefined;
let query: Pick<EarlyQueueCalls, 'filter' | 'sort'> = { filter: {}, sort: { field: 'dueAt', order: 'ASC' } };
let decided = false;
let markDecided: () => void = () => undefined;
const decision = new Promise<void>((resolve) => (markDecided = resolve));

/**
 * Paints once the code, the list, the session and the calendar's status (its
 * banner sits above the rows) are there, whichever comes last; the tab counts
 * fill in when they come ('·' until then, as in react-admin's tabs).
 */
const paintIfReady = () => {
  const { list, counts } = answers;
  // The calendar's status changes once a year: the one seen on the last visit draws the
  // banner rather than waiting for the call (the embedded database answers it after the list).
  const calendar = answers.calendar === undefined ? rememberedCalendar : answers.calendar;
  if (!module || list === undefined || staff === undefined) return;
  if (list === null || staff === null) return decide();
  if (calendar === undefined) return;
  if (decided) {
    if (counts) module.fillShellCounts(counts);
    return;
  }
  module.paintQueueShell({ list, counts: counts ?? null, calendar, ...query }, staff);
  decide(true);
};

/**
 * `afterPaint`: react-admin's code may start only once the frame with the rows
 * is on screen. Its evaluation is one long task; started in the same turn as
 * the DOM insert, from a warm cache, it held the frame back by ~60 ms.
 */
const decide = (afterPaint = false) => {
  decided = true;
  if (afterPaint) afterNextFrame(markDecided);
  else markDecided();
};

/** Right after the frame being prepared is on screen (at once where there are no frames). */
const afterNextFrame = (then: () => void) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(then, 0));
  else then();
};

/** Settles with `promise` or after `ms`, whichever comes first: what waits on the shell waits that long at most. */
const atMost = (promise: Promise<void>, ms: number): Promise<void> =>
  Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms))]);

const CALENDAR_MEMORY = 'CancelDesk.shell.calendarStatus';
const readRemembered = (): unknown => {
  try {
    const text = localStorage.getItem(CALENDAR_MEMORY);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
};
let rememberedCalendar: unknown;
const remember = (calendar: unknown) => {
  try {
    if (calendar !== null) localStorage.setItem(CALENDAR_MEMORY, JSON.stringify(calendar));
  } catch {
    // Private mode or a full store: the next visit waits for the call instead.
  }
};

const settle = (key: keyof typeof answers, call: Promise<unknown> | undefined) => {
  if (!call) answers[key] = null;
  else
    call.then(
      (value) => ((answers[key] = value), paintIfReady()),
      () => ((answers[key] = null), paintIfReady()),
    );
};

/**
 * The boot's side of the queue's first paint (main.tsx): fetches the shell's
 * code (a few KB) beside the early calls, and paints as soon as what it draws
 * from is there. Kept synchronous once it is: handOverQueueShell must know
 * for sure whether the rows were painted before react-admin renders.
 */
export function startQueueShell(calls: EarlyQueueCalls, signedIn: Promise<StaffIdentity | null>) {
  loading ??= import('./paintQueueShell.ts').then(
    (m) => ((module = m), paintIfReady(), m),
    () => (decide(), undefined),
  );
  query = { filter: calls.filter, sort: calls.sort };
  settle('list', calls.list);
  settle('counts', calls.counts);
  rememberedCalendar = readRemembered();
  settle('calendar', calls.calendar);
  void calls.calendar?.then(remember, () => undefined);
  void signedIn.then((value) => ((staff = value), paintIfReady()));
}

/**
 * Resolves once the shell is painted or will not be (or after `capMs`). The
 * boot imports react-admin only then: evaluating its ~900 KB is one long task
 * of a few hundred ms, and rows that arrive during it could not be painted
 * until it ends. A slow list call delays react-admin by at most `capMs`.
 */
export const queueShellDecided = (capMs: number): Promise<void> =>
  loading ? atMost(decision, capMs) : Promise.resolve();

/** Right before react-admin renders: paint now if everything is there, then let react-admin take over (liftQueueShell). */
export async function handOverQueueShell() {
  if (!loading) return;
  await loading;
  paintIfReady();
  decide();
  module?.liftQueueShell();
}

/**
 * After a login that leads to the queue (authProvider): once the early list
 * call, the calendar's status and the shell's code are there, the rows are
 * drawn over the page react-admin is on (overlayQueueShell). Resolves once
 * that frame is on screen, at once if there is nothing to draw, or after
 * `capMs`: react-admin renders the queue after it, as at boot, since its
 * render is one long task that would hold the rows' frame back.
 */
export function overlayAfterLogin(
  calls: Omit<EarlyQueueCalls, 'list'> & { list?: Promise<unknown> },
  signedIn: StaffIdentity,
  capMs: number,
): Promise<void> {
  const settled = (call: Promise<unknown> | undefined) => (call ?? Promise.resolve(null)).catch(() => null);
  const painted = Promise.all([import('./paintQueueShell.ts'), settled(calls.list), settled(calls.calendar)])
    .then(([m, list, calendar]) => {
      const drawn = m.overlayQueueShell(
        { list, calendar, counts: null, filter: calls.filter, sort: calls.sort },
        signedIn,
      );
      void settled(calls.counts).then((value) => value && m.fillShellCounts(value));
      if (drawn) return new Promise<void>((resolve) => afterNextFrame(resolve));
    })
    .catch(() => undefined);
  return atMost(painted, capMs);
}

/** The shell's code, ahead of a login (preloadQueue.ts). */
export const preloadQueueShell = () => void import('./paintQueueShell.ts').catch(() => undefined);
