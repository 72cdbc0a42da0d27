import { useListContext, useTranslate } from 'react-admin';
import { RetryAlert } from './RetryAlert.tsx';

/**
 * What a list shows when the server could not answer, or could not be reached
 * (offline: react-query pauses the call until the connection is back): the
 * reason, and a way to try again.
 */
export const ListError = () => {
  const { error, isPaused, refetch } = useListContext();
  const translate = useTranslate();
  const offline = !error && (isPaused || (typeof navigator !== 'undefined' && !navigator.onLine));
  if (offline) {
    return (
      <RetryAlert severity="warning" title={translate('reviewer_day.offline.title')} onRetry={() => refetch()}>
        {translate('reviewer_day.offline.body')}
      </RetryAlert>
    );
  }
  return (
    <RetryAlert title={translate('app.error_title')} onRetry={() => refetch()}>
      {error?.message ? translate(error.message, { _: error.message }) : translate('ra.notification.http_error')}
    </RetryAlert>
  );
};
