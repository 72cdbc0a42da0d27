import { useState } from 'react';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useRequestAccount } from '../useRequestRelated.ts';
import { ActionDialog } from './ActionDialog.tsx';
import type { ActionProblem } from './actionProblem.ts';
import type { ActionProps } from './actionProps.ts';
import { DecisionConsequences } from './DecisionConsequences.tsx';
import { useDisabledReason } from './useDisabledReason.ts';
import { useRequestAction } from './useRequestAction.ts';

/** Confirms "pause instead": the request ends, the account is suspended, nothing is cancelled. */
const PauseInsteadDialog = ({ request, check, onClose }: ActionProps & { onClose: () => void }) => {
    const translate = useTranslate();
    const [problem, setProblem] = useState<ActionProblem | null>(null);
    const { run, isPending } = useRequestAction(request, { onProblem: setProblem });
    const { data: account } = useRequestAccount(request);
    const blocked = useDisabledReason('pause_instead', check, request);
    return (
        <ActionDialog
            title={translate('resources.requests.dialogs.pause_instead_title', { number: request.number })}
            confirmLabel={translate('resources.requests.dialogs.pause_instead_confirm')}
            pending={isPending}
            blockedReason={blocked}
            problem={problem}
            onProblemDone={() => setProblem(null)}
            onClose={onClose}
            onConfirm={async () => {
                setProblem(null);
                if (await run({ action: 'pause_instead' })) onClose();
            }}
        >
            <Typography variant="body2">{translate('resources.requests.dialogs.pause_instead_intro')}</Typography>
            <DecisionConsequences decision="pause_instead" request={request} account={account} />
        </ActionDialog>
    );
};

export default PauseInsteadDialog;
