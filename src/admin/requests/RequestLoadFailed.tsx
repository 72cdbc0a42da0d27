import { useShowContext, useTranslate } from 'react-admin';
import { RetryAlert } from '../common/RetryAlert.tsx';

/** A request page the server could not answer (not a 404): the reason and a retry. */
export const RequestLoadFailed = () => {
  const { error, refetch } = useShowContext();
  const translate = useTranslate();
  const message = (error as { message?: string } | null)?.message;
  return (
    <RetryAlert title={translate('app.error_title')} onRetry={() => refetch()}>
      {message ? translate(message, { _: message }) : translate('ra.notification.http_error')}
    </RetryAlert>
  );
};
