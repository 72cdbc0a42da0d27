import { loadLoginPage } from './loginChunk.ts';
import { preloadablePage } from './preloadablePage.tsx';

/**
 * The login page in a chunk of its own: react-admin's login form brings its
 * form stack (react-hook-form, text fields), which a signed-in reload never
 * draws. main.tsx starts fetching it as soon as the session check says
 * nobody is signed in.
 */
export const LoginPage = preloadablePage(loadLoginPage);
