import './zodJitless.ts';
import { CALENDAR_STATUS_KEY, COUNTS_KEY, peekEarly } from './earlyCalls.ts';
import { homeResource } from './home.ts';
import { loadLoginPage } from './layout/loginChunk.ts';
import { loadRequestList } from './requests/queueChunk.ts';
import { isQueueRoute, prefetchQueueCalls } from './requests/queuePrefetch.ts';
import { handOverQueueShell, queueShellDecided, startQueueShell } from './requests/shell/shellBoot.ts';
import { me, rememberedHome } from './session.ts';

/*
 * The boot: a few kilobytes that run as soon as they arrive. The session
 * check and the queue's calls and chunk start here, side by side, and only
 * then does the import() below fetch React, MUI and react-admin (~800 KB to
 * evaluate; vite.config.ts says why index.html does not preload them). The
 * app takes the calls' answers when it asks (earlyCalls.ts). On the queue,
 * the rows are first painted in plain DOM from the early answer
 * (requests/shell/), and react-admin's code is evaluated after that.
 */
performance.mark('cancel-desk:boot'); // scripts/bench/spaOrder.ts reads when the boot ran
const signedIn = me().catch(() => null);
// Nobody signed in: the login form's chunk loads while react-admin starts.
void signedIn.then((staff) => (staff ? undefined : loadLoginPage().catch(() => undefined)));

/** The longest react-admin waits for the queue's first paint (the list call answers in ~30 ms on a quiet server). */
const SHELL_WAIT_CAP_MS = 300;

const queue = (hash?: string) => {
  const { key, filter, sort } = prefetchQueueCalls(hash);
  const list = peekEarly(key);
  if (list) {
    const counts = peekEarly(COUNTS_KEY);
    startQueueShell({ list, counts, calendar: peekEarly(CALENDAR_STATUS_KEY), filter, sort }, signedIn);
  }
  // After the first paint too: importing the page evaluates react-admin and MUI,
  // and its ~30 files would take the browser's connections before the shell's.
  void queueShellDecided(SHELL_WAIT_CAP_MS).then(() => loadRequestList().catch(() => undefined));
};

if (isQueueRoute(location.hash)) queue();
else if (/^#?\/?$/.test(location.hash)) {
  // "/" opens the person's home: the queue for reviewers and managers. The home
  // remembered from the last visit saves waiting for the session check.
  if (rememberedHome() === 'requests') queue('#/requests');
  else
    void signedIn.then((staff) => {
      if (staff && homeResource(staff.roles) === 'requests') queue('#/requests');
    });
}

// On the queue, react-admin's code is evaluated once the rows are painted (queueShellDecided says why).
void queueShellDecided(SHELL_WAIT_CAP_MS)
  .then(() => import('./renderApp.tsx'))
  .then(async ({ renderApp }) => {
    // react-admin's first render replaces #root's children: the painted rows stay on top until its own are drawn.
    await handOverQueueShell();
    renderApp();
  });
