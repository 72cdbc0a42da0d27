import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { maskPhone } from '../../domain/mask.ts';
import type { CancelRequest } from '../types.ts';

/** The holder's name (and company for a business account), with the phone masked beneath. */
export const HolderField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
        {record.holderName}
        {record.accountType === 'business' && record.companyName ? (
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
            {record.companyName}
          </Typography>
        ) : null}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {maskPhone(record.phone)}
      </Typography>
    </Box>
  );
};
