import { useNotify, useTranslate } from 'react-admin';
import { failureText, type HttpFailure } from './httpFailure.ts';

/** Shows a failed call as an error notification, in the server's words (`failureText`). */
export const useNotifyFailure = () => {
  const notify = useNotify();
  const translate = useTranslate();
  return (error: HttpFailure) => {
    const text = failureText(error, translate);
    // Already translated: `_` keeps the notification from looking the sentence up as a key.
    notify(text, { type: 'error', messageArgs: { _: text } });
  };
};
