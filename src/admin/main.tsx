import './zodJitless.ts';
import { homeResource } from './home.ts';
import { loadLoginPage } from './layout/loginChunk.ts';
import { isQueueRoute, prefetchQueue } from './requests/queuePrefetch.ts';
import { me, rememberedHome } from './session.ts';

/*
 * The boot: a few kilobytes that run as soon as they arrive. The session
 * check and the queue's calls and chunk start here, side by side, and only
 * then does the import() below fetch React, MUI and react-admin (~800 KB to
 * evaluate; vite.config.ts says why index.html does not preload them). The
 * app takes the calls' answers when it asks (earlyCalls.ts).
 */
performance.mark('cancel-desk:boot'); // scripts/bench/spaOrder.ts reads when the boot ran
const signedIn = me().catch(() => null);
// Nobody signed in: the login form's chunk loads while react-admin starts.
void signedIn.then((staff) => (staff ? undefined : loadLoginPage().catch(() => undefined)));
if (isQueueRoute(location.hash)) prefetchQueue();
else if (/^#?\/?$/.test(location.hash)) {
  // "/" opens the person's home: the queue for reviewers and managers. The home
  // remembered from the last visit saves waiting for the session check.
  if (rememberedHome() === 'requests') prefetchQueue('#/requests');
  else
    void signedIn.then((staff) => {
      if (staff && homeResource(staff.roles) === 'requests') prefetchQueue('#/requests');
    });
}

void import('./renderApp.tsx').then(({ renderApp }) => renderApp());
