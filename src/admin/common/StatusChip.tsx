import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { ToneChip } from './ToneChip.tsx';
import { toneOf } from './tone.ts';

interface StatusChipProps {
  /** Which vocabulary the value belongs to; defaults to the current resource. */
  resource?: string;
  /** The value to show; defaults to the record's `source` field. */
  value?: string;
  source?: string;
  label?: string;
}

/** One status, in the same colour and words everywhere (list, show, related panels). */
export const StatusChip = ({ resource, value, source = 'status' }: StatusChipProps) => {
  const record = useRecordContext();
  const contextResource = useResourceContext();
  const translate = useTranslate();
  const target = resource ?? contextResource ?? '';
  const status = value ?? (record?.[source] as string | undefined);
  if (!status) return null;
  return (
    <ToneChip
      tone={toneOf(target, status)}
      label={translate(`resources.${target}.enums.${source}.${status}`, { _: status })}
    />
  );
};
