import { useLocaleState } from 'react-admin';
import type { Language } from '../../../domain/vocabulary.ts';
import type { CancelRequest } from '../../types.ts';
import { useRequestAccount } from '../useRequestRelated.ts';

/** The language the customer is written to in (their account's), the UI's until the account has loaded. */
export const useCustomerLanguage = (request: CancelRequest): { language: Language; known: boolean } => {
  const { data: account } = useRequestAccount(request);
  const [locale] = useLocaleState();
  if (account) return { language: account.language, known: true };
  return { language: locale === 'en' ? 'en' : 'zh-CN', known: false };
};
