import { Alert, AlertTitle, Button } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface RetryAlertProps {
  title: string;
  children: ReactNode;
  onRetry: () => void;
  severity?: 'error' | 'warning';
}

/** A call that did not get an answer: what happened, and 重试. */
export const RetryAlert = ({ title, children, onRetry, severity = 'error' }: RetryAlertProps) => {
  const translate = useTranslate();
  return (
    <Alert
      severity={severity}
      variant="outlined"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('app.retry')}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {children}
    </Alert>
  );
};
