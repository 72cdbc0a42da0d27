import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from './en.ts';

/** Every English message: react-admin's own, then Cancel Desk's. Loaded when a user picks English. */
const enMessages: TranslationMessages = { ...englishMessages, ...en };

export default enMessages;
