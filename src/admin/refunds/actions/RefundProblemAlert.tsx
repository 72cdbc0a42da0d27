import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';
import { formatFen } from '../../../domain/money.ts';
import { ProblemAlert } from '../../common/ProblemAlert.tsx';
import { useStoreRecord } from '../../common/useStoreRecord.ts';
import type { Refund } from '../../types.ts';
import type { RefundProblem } from './refundProblem.ts';

interface RefundProblemAlertProps {
  problem: RefundProblem;
  onDone?: () => void;
  elevated?: boolean;
}

/**
 * Why a refund action did not happen. A 412 says the refund changed since the
 * page was opened, what it is now, and offers Refresh; nothing is retried.
 */
export const RefundProblemAlert = ({ problem, onDone, elevated = false }: RefundProblemAlertProps) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const storeRefund = useStoreRecord<Refund>('refunds');
  const action = translate(`resources.refunds.actions.${problem.action}`);
  if (problem.kind === 'conflict') {
    const { current } = problem;
    const now =
      current &&
      translate('resources.refunds.conflict.now', {
        status: translate(`resources.refunds.enums.status.${current.status}`),
        amount: formatFen(current.amountFen),
        approvals: current.approvals.length,
        needed: current.approvalsNeeded,
      });
    return (
      <ProblemAlert
        title={translate('resources.refunds.conflict.title')}
        lines={[translate('resources.refunds.conflict.not_done', { action }), ...(now ? [now] : [])]}
        conflict={{
          refreshLabel: translate('resources.refunds.conflict.refresh'),
          onRefresh: () => {
            if (current) storeRefund(current);
            refresh();
            onDone?.();
          },
        }}
        elevated={elevated}
      />
    );
  }
  return (
    <ProblemAlert
      title={translate('resources.refunds.refused_title', { action })}
      lines={[problem.text]}
      onClose={onDone}
      elevated={elevated}
    />
  );
};

/** The same, as a notification: closes itself after Refresh. */
export const RefundProblemToast = ({ problem }: { problem: RefundProblem }) => {
  const close = useCloseNotification();
  return <RefundProblemAlert problem={problem} onDone={close} elevated />;
};
