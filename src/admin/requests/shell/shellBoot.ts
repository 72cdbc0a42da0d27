import type { StaffIdentity } from '../../session.ts';

type ShellModule = typeof import('./paintQueueShell.ts');

/** The early calls the first paint draws from (earlyCalls.ts); counts and calendar may be missing. */
export interface EarlyQueueCalls {
  list: Promise<unknown>;
  counts?: Promise<unknown>;
  calendar?: Promise<unknown>;
  /** The list call's filter: which tab is underlined. */
  filter: Record<string, unknown>;
}

let module: ShellModule | undefined;
let loading: Promise<ShellModule | undefined> | undefined;
/** undefined: not answered yet; null: failed, or nobody signed in. */
const answers: { list?: unknown; counts?: unknown; calendar?: unknown } = {};
let staff: StaffIdentity | null | undefined;
let filter: Record<string, unknown> = {};

const paintIfReady = () => {
  const { list, counts, calendar } = answers;
  if (module && list !== undefined && counts !== undefined && calendar !== undefined && staff !== undefined) {
    module.paintQueueShell({ list, counts, calendar, filter }, staff);
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
 * code (a few KB) beside the early calls, and paints as soon as the code, the
 * list's answer and the session are all there, whichever comes last. Kept
 * synchronous once they are: handOverQueueShell must know for sure whether
 * the rows were painted before react-admin renders.
 */
export function startQueueShell(calls: EarlyQueueCalls, signedIn: Promise<StaffIdentity | null>) {
  loading ??= import('./paintQueueShell.ts').then(
    (m) => ((module = m), paintIfReady(), m),
    () => undefined,
  );
  filter = calls.filter;
  settle('list', calls.list);
  settle('counts', calls.counts);
  settle('calendar', calls.calendar);
  void signedIn.then((value) => ((staff = value), paintIfReady()));
}

/** Right before react-admin renders: paint now if everything is there, then let react-admin take over (liftQueueShell). */
export async function handOverQueueShell() {
  if (!loading) return;
  await loading;
  paintIfReady();
  module?.liftQueueShell();
}
