import { useState } from 'react';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActionDialog } from './ActionDialog.tsx';
import type { ActionProblem } from './actionProblem.ts';
import type { ActionProps } from './actionProps.ts';
import { ReviewerSelect } from './ReviewerSelect.tsx';
import { useDisabledReason } from './useDisabledReason.ts';
import { useRequestAction } from './useRequestAction.ts';

/** Pick the reviewer who takes the request over; where it stands in the lifecycle stays the same. */
const ReassignDialog = ({ request, check, onClose }: ActionProps & { onClose: () => void }) => {
    const translate = useTranslate();
    const [assigneeId, setAssigneeId] = useState<number | ''>('');
    const [submitted, setSubmitted] = useState(false);
    const [problem, setProblem] = useState<ActionProblem | null>(null);
    const { run, isPending } = useRequestAction(request, { onProblem: setProblem });
    const blocked = useDisabledReason('reassign', check, request);
    return (
        <ActionDialog
            title={translate('resources.requests.dialogs.reassign_title', { number: request.number })}
            confirmLabel={translate('resources.requests.dialogs.reassign_confirm')}
            pending={isPending}
            blockedReason={blocked}
            problem={problem}
            onProblemDone={() => setProblem(null)}
            onClose={onClose}
            maxWidth="xs"
            onConfirm={async () => {
                setSubmitted(true);
                setProblem(null);
                if (assigneeId === '') return;
                if (await run({ action: 'reassign', assigneeId })) onClose();
            }}
        >
            <Typography variant="body2">
                {translate('resources.requests.dialogs.reassign_intro', {
                    assignee: request.assigneeName ?? translate('resources.requests.show.unassigned'),
                })}
            </Typography>
            <ReviewerSelect value={assigneeId} onChange={(id) => setAssigneeId(id)} currentId={request.assigneeId} error={submitted && assigneeId === ''} />
        </ActionDialog>
    );
};

export default ReassignDialog;
