import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';
import { ProblemAlert } from '../../common/ProblemAlert.tsx';
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

  if (problem.kind === 'conflict') {
    const { current } = problem;
    const onRefresh = () => {
      if (current) storeRequest(current);
      refresh();
      onDone?.();
    };
    const now =
      current &&
      translate('resources.requests.conflict.now', {
        status: translate(`resources.requests.enums.status.${current.status}`),
        assignee: current.assigneeName ?? translate('resources.requests.show.unassigned'),
      });
    return (
      <ProblemAlert
        title={translate('resources.requests.conflict.title')}
        lines={[translate('resources.requests.conflict.not_done', { action }), ...(now ? [now] : [])]}
        conflict={{ refreshLabel: translate('resources.requests.conflict.refresh'), onRefresh }}
        elevated={elevated}
      />
    );
  }
  return (
    <ProblemAlert
      title={translate('resources.requests.refused_title', { action })}
      lines={problem.kind === 'gates' ? gateProblems(problem.gates) : [problem.text]}
      onClose={onDone}
      elevated={elevated}
    />
  );
};

/** The same, as a notification (react-admin's snackbar): closes itself after Refresh. */
export const ActionProblemToast = ({ problem }: { problem: ActionProblem }) => {
  const close = useCloseNotification();
  return <ActionProblemAlert problem={problem} onDone={close} elevated />;
};
