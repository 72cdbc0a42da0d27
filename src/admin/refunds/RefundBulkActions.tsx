import { lazy, Suspense, useState } from 'react';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { Button, useListContext } from 'react-admin';
import type { BulkOutcome } from '../requests/bulk/bulkOutcome.ts';
import type { Refund } from '../types.ts';
import { useRefundBulkApprove } from './useRefundBulkApprove.ts';

const BulkResultDialog = lazy(() => import('../requests/bulk/BulkResultDialog.tsx'));

/** Approve the selected refunds; the result dialog lists each one: approved (status now) or refused (why). */
export const RefundBulkActions = () => {
  const { data, selectedIds, onUnselectItems } = useListContext<Refund>();
  const { run, isPending } = useRefundBulkApprove();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const selected = (data ?? []).filter((r) => selectedIds.includes(r.id));
  return (
    <>
      <Button
        label="resources.refunds.bulk.approve"
        disabled={isPending || selected.length === 0}
        onClick={() => run(selected, { onSuccess: setOutcome })}
      >
        <TaskAltOutlined />
      </Button>
      <Suspense fallback={null}>
        {outcome && (
          <BulkResultDialog
            resource="refunds"
            outcome={outcome}
            onClose={() => {
              setOutcome(null);
              onUnselectItems();
            }}
          />
        )}
      </Suspense>
    </>
  );
};
