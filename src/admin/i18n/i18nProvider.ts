import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { raChinese } from './raChinese.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export const DEFAULT_LOCALE = 'zh-CN';

/** Every message of a language: react-admin's own, then Cancel Desk's. */
export const messages: Record<string, TranslationMessages> = {
    'zh-CN': { ...raChinese, ...zhCN },
    en: { ...englishMessages, ...en },
};

/**
 * zh-CN by default. The language picked in the app bar is kept by react-admin's
 * store (localStorage key `RaStore.locale`) and restored on the next visit.
 */
export const i18nProvider = polyglotI18nProvider(
    (locale) => messages[locale] ?? messages[DEFAULT_LOCALE]!,
    DEFAULT_LOCALE,
    [
        { locale: 'zh-CN', name: '简体中文' },
        { locale: 'en', name: 'English' },
    ],
);
