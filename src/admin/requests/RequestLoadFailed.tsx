import { Alert, AlertTitle, Button } from '@mui/material';
import { useShowContext, useTranslate } from 'react-admin';

/** A request page the server could not answer (not a 404): the reason and a retry. */
export const RequestLoadFailed = () => {
  const { error, refetch } = useShowContext();
  const translate = useTranslate();
  const message = (error as { message?: string } | null)?.message;
  return (
    <Alert
      severity="error"
      variant="outlined"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => refetch()}>
          {translate('app.retry')}
        </Button>
      }
    >
      <AlertTitle>{translate('app.error_title')}</AlertTitle>
      {message ? translate(message, { _: message }) : translate('ra.notification.http_error')}
    </Alert>
  );
};
