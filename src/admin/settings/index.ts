import { preloadablePage } from '../layout/preloadablePage.tsx';

export { SettingsMenuItem } from './SettingsMenuItem.tsx';

/** The settings page (/settings, admins), in a chunk of its own. */
export const SettingsPageLazy = preloadablePage(() => import('./SettingsPage.tsx'));
