import { lazy, Suspense, useState } from 'react';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import { useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';

const RejectDialog = lazy(() => import('./RejectDialog.tsx'));

/** Refuse the cancellation, with a reason code and a message to the customer (in a dialog). */
export const RejectButton = ({ request, check }: ActionProps) => {
    const translate = useTranslate();
    const [open, setOpen] = useState(false);
    const reason = useDisabledReason('reject', check, request);
    return (
        <>
            <ActionButton
                label={translate('resources.requests.actions.reject')}
                icon={<BlockOutlined />}
                color="error"
                disabledReason={reason}
                onClick={() => setOpen(true)}
            />
            {open && (
                <Suspense fallback={null}>
                    <RejectDialog request={request} check={check} onClose={() => setOpen(false)} />
                </Suspense>
            )}
        </>
    );
};
