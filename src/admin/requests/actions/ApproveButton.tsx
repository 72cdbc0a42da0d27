import { lazy, Suspense, useState } from 'react';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { useTranslate } from 'react-admin';
import { useGateProblems } from '../useGateDetails.ts';
import { useApproval } from '../useRequestRelated.ts';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';

const ApproveDialog = lazy(() => import('./ApproveDialog.tsx'));

/**
 * Approve the cancellation. Disabled with the lifecycle's reason, or with the
 * approval gates that fail (src/domain/approvalGates), the same list the
 * checklist panel shows and the server enforces.
 */
export const ApproveButton = ({ request, check }: ActionProps) => {
    const translate = useTranslate();
    const [open, setOpen] = useState(false);
    const refusal = useDisabledReason('approve', check, request);
    const approval = useApproval(request);
    const gateProblems = useGateProblems();
    const reason = refusal
        ? refusal
        : !approval
          ? translate('resources.requests.hints.checking')
          : approval.canApprove
            ? null
            : [translate('resources.requests.show.cannot_approve', { smart_count: gateProblems(approval.gates).length }), ...gateProblems(approval.gates)];
    return (
        <>
            <ActionButton
                label={translate('resources.requests.actions.approve')}
                icon={<TaskAltOutlined />}
                variant="contained"
                color="success"
                disabledReason={reason}
                onClick={() => setOpen(true)}
            />
            {open && (
                <Suspense fallback={null}>
                    <ApproveDialog request={request} check={check} onClose={() => setOpen(false)} />
                </Suspense>
            )}
        </>
    );
};
