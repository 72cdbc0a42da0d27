import './zodJitless.ts';
import { homeResource } from './home.ts';
import { loadLoginPage } from './layout/loginChunk.ts';
import { isQueueRoute, prefetchQueue } from './requests/queuePrefetch.ts';
import { me } from './session.ts';

/*
 * The boot: a few kilobytes that run as soon as they arrive, while the
 * browser is still fetching and evaluating react-admin, MUI and React
 * (index.html preloads those; vite.config.ts). The session check and the
 * queue's calls and chunk start here, side by side, instead of after ~800 KB
 * of code has been evaluated; the app takes their answers when it asks.
 */
performance.mark('cancel-desk:boot'); // scripts/bench/spaOrder.ts reads when the boot ran
const signedIn = me().catch(() => null);
// Nobody signed in: the login form's chunk loads while react-admin starts.
void signedIn.then((staff) => (staff ? undefined : loadLoginPage().catch(() => undefined)));
if (isQueueRoute(location.hash)) prefetchQueue();
else if (/^#?\/?$/.test(location.hash)) {
  // "/" opens the person's home: the queue for reviewers and managers.
  void signedIn.then((staff) => {
    if (staff && homeResource(staff.roles) === 'requests') prefetchQueue('#/requests');
  });
}

void import('./renderApp.tsx').then(({ renderApp }) => renderApp());
