import { lazy, Suspense, useState } from 'react';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import { useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';

const PauseInsteadDialog = lazy(() => import('./PauseInsteadDialog.tsx'));

/** The customer only wants a break: the account is suspended instead of cancelled (after a confirmation). */
export const PauseInsteadButton = ({ request, check }: ActionProps) => {
    const translate = useTranslate();
    const [open, setOpen] = useState(false);
    const reason = useDisabledReason('pause_instead', check, request);
    return (
        <>
            <ActionButton
                label={translate('resources.requests.actions.pause_instead')}
                icon={<PauseCircleOutlined />}
                hint={translate('resources.requests.hints.pause_instead')}
                disabledReason={reason}
                onClick={() => setOpen(true)}
            />
            {open && (
                <Suspense fallback={null}>
                    <PauseInsteadDialog request={request} check={check} onClose={() => setOpen(false)} />
                </Suspense>
            )}
        </>
    );
};
