import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure.ts';
import type { CancelDeskDataProvider } from '../dataProvider.ts';
import type { StaffUser } from '../types.ts';
import type { StaffUserWithPassword } from './staffMethods.ts';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog.tsx';

type Action = 'disable' | 'enable' | 'reset';

/** Disable / enable and reset password, each after a confirmation; a reset shows the new password once. */
export const UserActionButtons = (_props: { label?: string }) => {
  const record = useRecordContext<StaffUser>();
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const [asking, setAsking] = useState<Action | null>(null);
  const [shown, setShown] = useState<StaffUserWithPassword | null>(null);
  const { mutate, isPending } = useMutation({
    mutationFn: ({ action, id }: { action: Action; id: number }): Promise<StaffUser | StaffUserWithPassword> =>
      action === 'disable'
        ? dataProvider.disableUser(id)
        : action === 'enable'
          ? dataProvider.enableUser(id)
          : dataProvider.resetUserPassword(id),
    onSuccess: (user, { action }) => {
      if (action === 'reset') setShown(user as StaffUserWithPassword);
      else notify(`resources.users.action.${action}d`, { type: 'success' });
      refresh();
    },
    onError: notifyFailure,
    onSettled: () => setAsking(null),
  });
  if (!record) return null;
  const ask = (action: Action) => (event: React.MouseEvent) => {
    event.stopPropagation();
    setAsking(action);
  };
  const toggle: Action = record.active ? 'disable' : 'enable';
  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      <Button size="small" color={record.active ? 'error' : 'primary'} onClick={ask(toggle)} disabled={isPending}>
        {translate(`resources.users.action.${toggle}`)}
      </Button>
      <Button size="small" onClick={ask('reset')} disabled={isPending || !record.active}>
        {translate('resources.users.action.reset')}
      </Button>
      <Confirm
        isOpen={asking !== null}
        loading={isPending}
        title={translate(`resources.users.action.${asking ?? 'reset'}_title`, { name: record.displayName })}
        content={translate(`resources.users.action.${asking ?? 'reset'}_content`)}
        onConfirm={() => asking && mutate({ action: asking, id: record.id })}
        onClose={() => setAsking(null)}
      />
      <TemporaryPasswordDialog user={shown} onClose={() => setShown(null)} />
    </Stack>
  );
};
