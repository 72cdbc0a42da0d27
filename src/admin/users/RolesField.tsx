import { Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ToneChip } from '../common/ToneChip.tsx';
import type { StaffUser } from '../types.ts';

/** A staff member's roles as small chips. */
export const RolesField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<StaffUser>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {record.roles.map((role) => (
        <ToneChip key={role} tone="neutral" label={translate(`resources.users.enums.roles.${role}`, { _: role })} />
      ))}
    </Stack>
  );
};
