import { useLocaleState, useRecordContext } from 'react-admin';
import { CellText } from './CellText.tsx';
import { Tooltip } from '@mui/material';
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
  if (!value) return <CellText className="disabled">—</CellText>;
  const absolute = formatDateTime(value, locale, !dateOnly);
  if (!relative) return <CellText className="nowrap">{absolute}</CellText>;
  return (
    <Tooltip title={formatDateTime(value, locale)} placement="top-start">
      <CellText className="nowrap" style={{ display: 'inline-flex', flexDirection: 'column' }}>
        <span>{absolute}</span>
        <CellText className="caption secondary">{formatRelative(value, locale)}</CellText>
      </CellText>
    </Tooltip>
  );
};
