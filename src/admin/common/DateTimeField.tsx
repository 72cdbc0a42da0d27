import { Box, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDateTime, formatRelative } from './format.ts';

interface DateTimeFieldProps {
  source: string;
  label?: string;
  /** Show "3 天前" under the date. */
  relative?: boolean;
  /** Date only, no time. */
  dateOnly?: boolean;
}

/** A date-time in Asia/Shanghai, optionally with how long ago it was. */
export const DateTimeField = ({ source, relative = false, dateOnly = false }: DateTimeFieldProps) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record?.[source] as string | null | undefined;
  if (!value)
    return (
      <Typography component="span" variant="body2" color="text.disabled">
        —
      </Typography>
    );
  const absolute = formatDateTime(value, locale, !dateOnly);
  if (!relative) {
    return (
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {absolute}
      </Typography>
    );
  }
  return (
    <Tooltip title={formatDateTime(value, locale)} placement="top-start">
      <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', whiteSpace: 'nowrap' }}>
        <Typography component="span" variant="body2">
          {absolute}
        </Typography>
        <Typography component="span" variant="caption" color="text.secondary">
          {formatRelative(value, locale)}
        </Typography>
      </Box>
    </Tooltip>
  );
};
