import type { StaffIdentity } from '../../session.ts';

type ShellModule = typeof import('./paintQueueShell.ts');

let module: ShellModule | undefined;
let loading: Promise<ShellModule | undefined> | undefined;
/** undefined: not answered yet; null: failed or nobody. */
let answer: unknown;
let staff: StaffIdentity | null | undefined;

const paintIfReady = () => {
  if (module && answer !== undefined && staff !== undefined) module.paintQueueShell(answer, staff);
};

/**
 * The boot's side of the queue's first paint (main.tsx): fetches the shell's
 * code (a few KB) beside the early calls, and paints as soon as the code, the
 * list's answer and the session are all there, whichever comes last. Kept
 * synchronous once they are: handOverQueueShell must know for sure whether
 * the rows were painted before react-admin renders.
 */
export function startQueueShell(list: Promise<unknown>, signedIn: Promise<StaffIdentity | null>) {
  loading ??= import('./paintQueueShell.ts').then(
    (m) => ((module = m), paintIfReady(), m),
    () => undefined,
  );
  list.then(
    (value) => ((answer = value), paintIfReady()),
    () => (answer = null),
  );
  void signedIn.then((value) => ((staff = value), paintIfReady()));
}

/** Right before react-admin renders: paint now if everything is there, then let react-admin take over (liftQueueShell). */
export async function handOverQueueShell() {
  if (!loading) return;
  await loading;
  paintIfReady();
  module?.liftQueueShell();
}
