/**
 * The login page's chunk. Its own module so that the boot (main.tsx) can
 * start fetching it the moment the session check says nobody is signed in,
 * without importing the page wrapper, which needs React.
 */
export const loadLoginPage = () => import('./LoginPage.tsx').then((m) => ({ default: m.LoginPage }));
