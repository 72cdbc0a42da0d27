import { lazy, Suspense, useState } from 'react';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import { useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';

const ReassignDialog = lazy(() => import('./ReassignDialog.tsx'));

/** A manager hands the request to a reviewer. */
export const ReassignButton = ({ request, check }: ActionProps) => {
    const translate = useTranslate();
    const [open, setOpen] = useState(false);
    const reason = useDisabledReason('reassign', check, request);
    return (
        <>
            <ActionButton
                label={translate('resources.requests.actions.reassign')}
                icon={<SwapHorizOutlined />}
                disabledReason={reason}
                onClick={() => setOpen(true)}
            />
            {open && (
                <Suspense fallback={null}>
                    <ReassignDialog request={request} check={check} onClose={() => setOpen(false)} />
                </Suspense>
            )}
        </>
    );
};
