import { lazy, Suspense, useState } from 'react';
import PanToolOutlined from '@mui/icons-material/PanToolOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Button, useListContext } from 'react-admin';
import { roleAllows } from '../../../domain/lifecycle.ts';
import type { BulkAction } from '../../dataProvider.ts';
import { useActor } from '../actions/useActor.ts';
import type { BulkOutcome } from './bulkOutcome.ts';
import { useBulkAction } from './useBulkAction.ts';

const BulkResultDialog = lazy(() => import('./BulkResultDialog.tsx'));
const BulkReassignDialog = lazy(() => import('./BulkReassignDialog.tsx'));

/**
 * The queue's bulk actions: claim and release for whoever may claim, reassign
 * for managers (roles as src/domain/lifecycle decides). Each selected request
 * succeeds or is refused on its own; the result dialog lists both.
 */
export const RequestBulkActions = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const actor = useActor();
  const { run, isPending } = useBulkAction();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [reassigning, setReassigning] = useState(false);
  if (!actor) return null;
  const ids = selectedIds.map(Number);
  const start = (action: BulkAction, assigneeId?: number) =>
    run({ action, ids, assigneeId }, { onSuccess: setOutcome, onSettled: () => setReassigning(false) });
  return (
    <>
      {roleAllows('claim', actor) && (
        <Button label="resources.requests.bulk.claim" disabled={isPending} onClick={() => start('claim')}>
          <PanToolOutlined />
        </Button>
      )}
      {roleAllows('release', actor) && (
        <Button label="resources.requests.bulk.release" disabled={isPending} onClick={() => start('release')}>
          <UndoOutlined />
        </Button>
      )}
      {roleAllows('reassign', actor) && (
        <Button label="resources.requests.bulk.reassign" disabled={isPending} onClick={() => setReassigning(true)}>
          <SwapHorizOutlined />
        </Button>
      )}
      <Suspense fallback={null}>
        {reassigning && (
          <BulkReassignDialog
            count={ids.length}
            pending={isPending}
            onConfirm={(assigneeId) => start('reassign', assigneeId)}
            onClose={() => setReassigning(false)}
          />
        )}
        {outcome && (
          <BulkResultDialog
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
