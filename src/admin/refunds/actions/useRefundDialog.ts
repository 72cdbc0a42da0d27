import { createElement, useState } from 'react';
import type { Refund } from '../../types.ts';
import { RefundProblemAlert } from './RefundProblemAlert.tsx';
import type { RefundProblem } from './refundProblem.ts';
import { useRefundAction, type RefundCall } from './useRefundAction.ts';

/**
 * What every refund dialog does around its own inputs: run the call, close on
 * success, otherwise keep the dialog open with the problem inline (nothing
 * typed is lost). `dialogProps` spreads into the requests' ActionDialog.
 */
export const useRefundDialog = (refund: Refund, onClose: () => void) => {
  const [problem, setProblem] = useState<RefundProblem | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const { run, isPending } = useRefundAction(refund, { onProblem: setProblem });
  /** Runs the call; null (the inputs are not valid yet) only marks the dialog as submitted. */
  const confirm = (c: RefundCall | null) => {
    setSubmitted(true);
    setProblem(null);
    if (c) run(c, { onSuccess: onClose });
  };
  const problemAlert = problem
    ? createElement(RefundProblemAlert, {
        problem,
        onDone: problem.kind === 'conflict' ? onClose : () => setProblem(null),
      })
    : null;
  return { confirm, submitted, dialogProps: { pending: isPending, problemAlert, onClose } };
};
