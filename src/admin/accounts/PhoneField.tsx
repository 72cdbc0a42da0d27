import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { maskPhone } from '../../domain/mask.ts';

/** A phone number, always masked in lists and panels. */
export const PhoneField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const phone = record?.[source] as string | null | undefined;
  if (!phone) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {maskPhone(phone)}
    </Typography>
  );
};
