import { useState } from 'react';
import type { CancelRequest } from '../../types.ts';
import type { ActionProblem } from './actionProblem.ts';
import { useNextRequest } from './useNextRequest.ts';
import { useRequestAction, type WorkflowCall } from './useRequestAction.ts';

/**
 * What every workflow dialog does around its own inputs: run the call, close
 * on success, keep the dialog open with the problem shown inline otherwise
 * (so nothing typed is lost). `dialogProps` spreads into ActionDialog.
 */
export const useWorkflowDialog = (request: CancelRequest, onClose: () => void) => {
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  // Set by the first confirm, so a dialog shows its field errors only once the user tried.
  const [submitted, setSubmitted] = useState(false);
  const { run, isPending } = useRequestAction(request, { onProblem: setProblem });
  const { takeNext, isPending: nextPending } = useNextRequest();
  /**
   * Runs the call; null (the dialog's inputs are not valid yet) only marks the dialog as submitted.
   * `andNext`: once decided, open the next request ("approve and next").
   */
  const confirm = (call: WorkflowCall | null, options: { andNext?: boolean } = {}) => {
    setSubmitted(true);
    setProblem(null);
    if (call)
      run(call, {
        onSuccess: () => {
          onClose();
          if (options.andNext) takeNext();
        },
      });
  };
  return {
    confirm,
    submitted,
    dialogProps: { pending: isPending || nextPending, problem, onProblemDone: () => setProblem(null), onClose },
  };
};
