import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import type { Language } from '../../domain/vocabulary.ts';

interface MoneyFieldProps {
  /** An integer amount in fen. */
  source: string;
  label?: string;
  /** Grey out zero amounts so the ones that matter stand out. */
  dimZero?: boolean;
}

/** An integer amount of fen as "¥1,234.56", right-aligned digits for columns. */
export const MoneyField = ({ source, dimZero = true }: MoneyFieldProps) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const fen = record?.[source] as number | null | undefined;
  if (fen == null) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      color={dimZero && fen === 0 ? 'text.disabled' : 'text.primary'}
      sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
    >
      {formatFen(fen, locale as Language)}
    </Typography>
  );
};
