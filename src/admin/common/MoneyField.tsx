import { useLocaleState, useRecordContext } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { CellText } from './CellText.tsx';

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
    <CellText className={dimZero && fen === 0 ? 'num nowrap disabled' : 'num nowrap'}>
      {formatFen(fen, locale as Language)}
    </CellText>
  );
};
