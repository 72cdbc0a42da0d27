import { lazy, Suspense, useState } from 'react';
import ContactMailOutlined from '@mui/icons-material/ContactMailOutlined';
import { useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';

const RequestInfoDialog = lazy(() => import('./RequestInfoDialog.tsx'));

/** Ask the customer for documents or information; the SLA clock pauses until they answer. */
export const RequestInfoButton = ({ request, check }: ActionProps) => {
    const translate = useTranslate();
    const [open, setOpen] = useState(false);
    const reason = useDisabledReason('request_info', check, request);
    return (
        <>
            <ActionButton
                label={translate('resources.requests.actions.request_info')}
                icon={<ContactMailOutlined />}
                hint={translate('resources.requests.hints.request_info')}
                disabledReason={reason}
                onClick={() => setOpen(true)}
            />
            {open && (
                <Suspense fallback={null}>
                    <RequestInfoDialog request={request} check={check} onClose={() => setOpen(false)} />
                </Suspense>
            )}
        </>
    );
};
