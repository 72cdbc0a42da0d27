import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { CellText } from './CellText.tsx';

interface EnumFieldProps {
  source: string;
  resource?: string;
  label?: string;
}

/** A vocabulary value (reason code, account type, channel…) in the current language. */
export const EnumField = ({ source, resource }: EnumFieldProps) => {
  const record = useRecordContext();
  const contextResource = useResourceContext();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  if (value == null) return null;
  const key = `resources.${resource ?? contextResource}.enums.${source}.${value}`;
  return <CellText className="nowrap">{translate(key, { _: value })}</CellText>;
};
