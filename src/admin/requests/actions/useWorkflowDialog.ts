import { useState } from 'react';
import type { CancelRequest } from '../../types.ts';
import type { ActionProblem } from './actionProblem.ts';
import { useRequestAction, type WorkflowCall } from './useRequestAction.ts';

/**
 * What every workflow dialog does around its own inputs: run the call, close
 * on success, keep the dialog open with the problem shown inline otherwise
 * (so nothing typed is lost). `dialogProps` spreads into ActionDialog.
 */
export const useWorkflowDialog = (request: CancelRequest, onClose: () => void) => {
    const [problem, setProblem] = useState<ActionProblem | null>(null);
    const { run, isPending } = useRequestAction(request, { onProblem: setProblem });
    const confirm = async (call: WorkflowCall) => {
        setProblem(null);
        if (await run(call)) onClose();
    };
    return {
        confirm,
        clearProblem: () => setProblem(null),
        dialogProps: { pending: isPending, problem, onProblemDone: () => setProblem(null), onClose },
    };
};
