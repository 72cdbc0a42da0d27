import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { raChinese } from './raChinese.ts';
import { zhCN } from './zh-CN.ts';

const DEFAULT_LOCALE = 'zh-CN';

/** The default language's messages (react-admin's own, then Cancel Desk's): in the main bundle. */
const defaultMessages: TranslationMessages = { ...raChinese, ...zhCN };

/**
 * Every message of a language. English loads on first use, in a chunk of its
 * own, as react-admin's demo loads its second language.
 */
export const getMessages = (locale: string): TranslationMessages | Promise<TranslationMessages> =>
  locale === 'en' ? import('./enMessages.ts').then((m) => m.default) : defaultMessages;

/**
 * zh-CN by default. The language picked in the app bar is kept by react-admin's
 * store (localStorage key `RaStore.locale`) and restored on the next visit.
 */
export const i18nProvider = polyglotI18nProvider(getMessages, DEFAULT_LOCALE, [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
]);
