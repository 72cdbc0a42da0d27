import type { StaffIdentity } from '../../session.ts';
import type { CancelRequest } from '../../types.ts';
import type { CalendarStatus } from '../../../domain/dashboardApi.ts';
import type { RequestCounts } from '../../dataProvider.ts';
import { buildQueueShell, fillCounts } from './queueShell.ts';

/** The early calls' answers (null where one failed) and the list's filter. */
export interface ShellAnswers {
  list: unknown;
  counts: unknown;
  calendar: unknown;
  filter: Record<string, unknown>;
  sort: { field: string; order: string };
}

/** react-admin's store (localStorageStore): JSON values under `RaStore.<key>`. */
const stored = (key: string): unknown => {
  try {
    return JSON.parse(localStorage.getItem(`RaStore.${key}`) ?? 'null');
  } catch {
    return null;
  }
};

/** The routes the shell stands for: the queue, or "/" when the queue is the person's home. */
const QUEUE_OR_HOME = /^(#\/requests\/?(\?.*)?|#?\/?)$/;

let painted: HTMLElement | null = null;
/** react-admin is rendering: too late to paint. */
let lifted = false;

/** The shell for the early answers, in the locale and theme react-admin stored at the last visit. */
const shellFrom = (answers: ShellAnswers, rows: CancelRequest[], staff: StaffIdentity) =>
  buildQueueShell(document, {
    rows,
    counts: (answers.counts as RequestCounts | null) ?? null,
    missingYears: (answers.calendar as CalendarStatus | null)?.missingCalendarYears ?? [],
    filter: answers.filter,
    sort: answers.sort,
    staff,
    locale: stored('locale') === 'en' ? 'en' : 'zh-CN',
    dark: stored('theme') === 'dark',
    width: innerWidth,
  });

/**
 * Paints the queue's rows into #root from the early list call's answer
 * (queueShell.ts), if the boot's placeholder is still all there is
 * (react-admin has not drawn yet) and the route is still the queue. Nothing
 * when the list call failed (its answer null), nobody is signed in, or it is too late.
 */
export function paintQueueShell(answers: ShellAnswers, staff: StaffIdentity | null) {
  const rows = (answers.list as { data?: CancelRequest[] } | null)?.data;
  const root = document.getElementById('root');
  if (lifted || painted || !rows || !staff || staff.mustChangePassword || !root) return;
  if (!QUEUE_OR_HOME.test(location.hash)) return;
  if (root.childElementCount !== 1 || !root.firstElementChild?.classList.contains('boot')) return;
  const shell = shellFrom(answers, rows, staff);
  if (!shell) return;
  root.replaceChildren(shell);
  painted = shell;
}

/** The tab counts that answered after the rows were painted. */
export function fillShellCounts(counts: unknown) {
  const shell = document.querySelector<HTMLElement>('[data-queue-shell]');
  if (shell) fillCounts(shell, counts as RequestCounts);
}

/** How long the shell may stand over react-admin at most, should the list never draw its rows. */
const HAND_OVER_WITHIN_MS = 8_000;

/**
 * Called right before react-admin renders into #root. Its first render
 * replaces #root's children, and its first frames are the layout with the
 * list's skeleton, not rows: the shell moves out of #root and stays on top
 * (standOver).
 */
export function liftQueueShell() {
  lifted = true;
  const shell = painted;
  painted = null;
  if (shell?.isConnected) standOver(shell);
}

/** The routes the shell may stand over: the queue, "/", or the login page react-admin is leaving for the queue. */
const QUEUE_HOME_OR_LOGIN = /^(#\/requests\/?(\?.*)?|#?\/?|#\/login)$/;
const REACT_ADMIN_ROWS = '.RaDataTable-root tbody tr, #main-content .RaList-noResults';

/**
 * Right after a login that leads to the queue (authProvider): react-admin is
 * running, and on a first visit it still has the queue's page to render
 * after the list answers. The rows are drawn over it from the early answer,
 * as at boot, unless its own rows are there already.
 */
export function overlayQueueShell(answers: ShellAnswers, staff: StaffIdentity | null): boolean {
  const rows = (answers.list as { data?: CancelRequest[] } | null)?.data;
  const root = document.getElementById('root');
  if (!rows || !staff || staff.mustChangePassword || !root || root.querySelector(REACT_ADMIN_ROWS)) return false;
  if (!QUEUE_HOME_OR_LOGIN.test(location.hash) || document.querySelector('[data-queue-shell]')) return false;
  const shell = shellFrom(answers, rows, staff);
  if (shell) standOver(shell);
  return Boolean(shell);
}

/**
 * The shell on top of react-admin's page (without its `main-content` id,
 * which the real page has) until the list's rows are drawn, the route leaves
 * the queue, or HAND_OVER_WITHIN_MS passed.
 */
function standOver(shell: HTMLElement) {
  shell.querySelector('main')?.removeAttribute('id');
  Object.assign(shell.style, { position: 'absolute', top: '0', left: '0', width: '100%', zIndex: '1300' });
  document.body.append(shell);
  const root = document.getElementById('root')!;
  const done = () => {
    observer.disconnect();
    removeEventListener('hashchange', onHash);
    clearTimeout(timer);
    shell.remove();
  };
  const onHash = () => {
    if (!QUEUE_HOME_OR_LOGIN.test(location.hash)) done();
  };
  const observer = new MutationObserver(() => {
    if (root.querySelector(REACT_ADMIN_ROWS)) done();
  });
  observer.observe(root, { childList: true, subtree: true });
  addEventListener('hashchange', onHash);
  const timer = setTimeout(done, HAND_OVER_WITHIN_MS);
  // A number clicked before react-admin ran: its page, not the queue, is what comes.
  onHash();
}
