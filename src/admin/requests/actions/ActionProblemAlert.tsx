import { Alert, AlertTitle, Box, Button } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';
import { useGateProblems } from '../useGateDetails.ts';
import type { ActionProblem } from './actionProblem.ts';
import { useStoreRequest } from './useStoreRequest.ts';

interface ActionProblemAlertProps {
  problem: ActionProblem;
  /** Called after Refresh (and by the close icon of a notification). */
  onDone?: () => void;
  elevated?: boolean;
}

/**
 * Why an action did not happen. A 412 says the request changed since the page
 * was opened and offers Refresh; nothing is retried or overwritten by itself.
 */
export const ActionProblemAlert = ({ problem, onDone, elevated = false }: ActionProblemAlertProps) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const storeRequest = useStoreRequest();
  const gateProblems = useGateProblems();
  const action = translate(`resources.requests.actions.${problem.action}`);
  const sx = elevated ? { boxShadow: 6, minWidth: 360, maxWidth: 560 } : undefined;

  if (problem.kind === 'conflict') {
    const { current } = problem;
    const onRefresh = () => {
      if (current) storeRequest(current);
      refresh();
      onDone?.();
    };
    return (
      <Alert
        severity="warning"
        variant={elevated ? 'filled' : 'outlined'}
        sx={sx}
        role="alert"
        action={
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRefresh}>
            {translate('resources.requests.conflict.refresh')}
          </Button>
        }
      >
        <AlertTitle>{translate('resources.requests.conflict.title')}</AlertTitle>
        {translate('resources.requests.conflict.not_done', { action })}
        {current && (
          <Box component="span" sx={{ display: 'block' }}>
            {translate('resources.requests.conflict.now', {
              status: translate(`resources.requests.enums.status.${current.status}`),
              assignee: current.assigneeName ?? translate('resources.requests.show.unassigned'),
            })}
          </Box>
        )}
      </Alert>
    );
  }
  const lines = problem.kind === 'gates' ? gateProblems(problem.gates) : [problem.text];
  return (
    <Alert
      severity="error"
      variant={elevated ? 'filled' : 'outlined'}
      sx={sx}
      role="alert"
      onClose={elevated ? onDone : undefined}
    >
      <AlertTitle>{translate('resources.requests.refused_title', { action })}</AlertTitle>
      {lines.map((line) => (
        <Box component="span" key={line} sx={{ display: 'block' }}>
          {line}
        </Box>
      ))}
    </Alert>
  );
};

/** The same, as a notification (react-admin's snackbar): closes itself after Refresh. */
export const ActionProblemToast = ({ problem }: { problem: ActionProblem }) => {
  const close = useCloseNotification();
  return <ActionProblemAlert problem={problem} onDone={close} elevated />;
};
