import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CancelRequest } from '../types.ts';

/** Verified required documents out of required ones: "1/2" with a thin bar. */
export const DocumentsProgressField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  if (!record) return null;
  const { documentsVerified: verified, documentsRequired: required } = record;
  if (required === 0) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('resources.documents.none_required')}
      </Typography>
    );
  }
  const complete = verified >= required;
  return (
    <Box sx={{ width: 64 }} title={translate('resources.documents.progress', { verified, required })}>
      <Typography
        variant="body2"
        sx={{ fontVariantNumeric: 'tabular-nums', color: complete ? 'success.main' : 'text.primary' }}
      >
        {verified}/{required}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(Math.min(verified, required) / required) * 100}
        color={complete ? 'success' : 'primary'}
        sx={{ height: 3, borderRadius: 2, mt: 0.25 }}
      />
    </Box>
  );
};
