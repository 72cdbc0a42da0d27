import { lazy, Suspense, useState } from 'react';
import { Button, Tooltip } from '@mui/material';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import { checkNoteEdit } from '../../../domain/recordAccess.ts';
import type { CancelRequest } from '../../types.ts';
import { useActor } from '../actions/useActor.ts';

const EditNoteDialog = lazy(() => import('./EditNoteDialog.tsx'));

/**
 * Opens the internal note's editor. The domain's checkNoteEdit decides, as the
 * server does: no button for a role that may not edit notes or on a decided
 * (final) request; a disabled one saying whose it is on a colleague's request.
 */
export const EditNoteButton = () => {
  const request = useRecordContext<CancelRequest>();
  const actor = useActor();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!request || !actor || actor.kind !== 'staff') return null;
  const check = checkNoteEdit(request, actor);
  if (!check.ok && check.code !== 'not_assignee') return null;
  const label = translate('resources.requests.note.edit');
  const reason = check.ok
    ? null
    : translate('resources.requests.refusals.not_assignee_or_manager', {
        action: label,
        assignee: request.assigneeName ?? translate('resources.requests.show.unassigned'),
      });
  return (
    <>
      <Tooltip title={reason ?? ''}>
        <span>
          <Button size="small" startIcon={<EditNoteOutlined />} disabled={!!reason} onClick={() => setOpen(true)}>
            {label}
          </Button>
        </span>
      </Tooltip>
      {open && (
        <Suspense fallback={null}>
          <EditNoteDialog request={request} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
};
