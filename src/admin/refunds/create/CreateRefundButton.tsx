import { lazy, Suspense, useState } from 'react';
import { Button } from '@mui/material';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Account } from '../../types.ts';

const CreateRefundDialog = lazy(() => import('./CreateRefundDialog.tsx'));

/** On an account's page, for finance and managers (refunds.create): a refund outside a cancellation. */
export const CreateRefundButton = () => {
  const account = useRecordContext<Account>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'refunds', action: 'create' });
  const [open, setOpen] = useState(false);
  if (!account || !canAccess) return null;
  return (
    <>
      <Button size="small" startIcon={<AddOutlined />} onClick={() => setOpen(true)}>
        {translate('resources.refunds.dialogs.create')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CreateRefundDialog account={account} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
};
