import { lazy, Suspense, useState } from 'react';
import PanToolOutlined from '@mui/icons-material/PanToolOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Button, Confirm, useListContext, useNotify, useTranslate } from 'react-admin';
import { roleAllows } from '../../../domain/lifecycle.ts';
import type { BulkAction } from '../../dataProvider.ts';
import { useActor } from '../actions/useActor.ts';
import type { BulkOutcome } from './bulkOutcome.ts';
import { useBulkAction } from './useBulkAction.ts';

const BulkResultDialog = lazy(() => import('./BulkResultDialog.tsx'));
const BulkReassignDialog = lazy(() => import('./BulkReassignDialog.tsx'));

/**
 * The queue's bulk actions: claim and release for whoever may claim, reassign
 * for managers (roles as src/domain/lifecycle decides). Release asks first (the
 * requests go back to the queue, unassigned). Each selected request succeeds or
 * is refused on its own: when all succeed a notice says so; otherwise the
 * result dialog lists only the refused ones, and why.
 */
export const RequestBulkActions = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const actor = useActor();
  const { run, isPending } = useBulkAction();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [reassigning, setReassigning] = useState(false);
  const [releasing, setReleasing] = useState(false);
  const notify = useNotify();
  const translate = useTranslate();
  if (!actor) return null;
  const ids = selectedIds.map(Number);
  const finished = (result: BulkOutcome) => {
    if (result.lines.every((l) => l.ok)) {
      notify('resources.requests.bulk.all_done', {
        type: 'success',
        messageArgs: {
          smart_count: result.lines.length,
          action: translate(`resources.requests.bulk.${result.action}`),
        },
      });
      onUnselectItems();
    } else setOutcome(result);
  };
  const start = (action: BulkAction, assigneeId?: number) =>
    run(
      { action, ids, assigneeId },
      {
        onSuccess: finished,
        onSettled: () => {
          setReassigning(false);
          setReleasing(false);
        },
      },
    );
  return (
    <>
      {roleAllows('claim', actor) && (
        <Button label="resources.requests.bulk.claim" disabled={isPending} onClick={() => start('claim')}>
          <PanToolOutlined />
        </Button>
      )}
      {roleAllows('release', actor) && (
        <Button label="resources.requests.bulk.release" disabled={isPending} onClick={() => setReleasing(true)}>
          <UndoOutlined />
        </Button>
      )}
      {roleAllows('reassign', actor) && (
        <Button label="resources.requests.bulk.reassign" disabled={isPending} onClick={() => setReassigning(true)}>
          <SwapHorizOutlined />
        </Button>
      )}
      <Confirm
        isOpen={releasing}
        loading={isPending}
        title="resources.requests.bulk.release_title"
        content="resources.requests.bulk.release_confirm"
        translateOptions={{ smart_count: ids.length }}
        confirm="resources.requests.bulk.release"
        onConfirm={() => start('release')}
        onClose={() => setReleasing(false)}
      />
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
