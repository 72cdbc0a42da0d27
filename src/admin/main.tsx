import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App.tsx';
import { homeResource } from './access.ts';
import { me } from './authProvider.ts';
import { isQueueRoute, prefetchQueue } from './requests/queuePrefetch.ts';

// Zod probes for eval (new Function) to compile its parsers; the CSP forbids
// eval, and the refused probe is logged as a violation on every page.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The session check and the queue's calls start now, side by side, instead of
// one after another once the app has rendered (the queue opens on "/" for reviewers).
const signedIn = me().catch(() => null);
if (isQueueRoute(location.hash)) prefetchQueue();
else if (/^#?\/?$/.test(location.hash)) {
  void signedIn.then((staff) => {
    if (staff && homeResource(staff.roles) === 'requests') prefetchQueue('#/requests');
  });
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
