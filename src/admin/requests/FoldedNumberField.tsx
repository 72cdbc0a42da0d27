import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { CellText } from '../common/CellText.tsx';
import { formatDateTime, formatRelative } from '../common/format.ts';
import type { CancelRequest } from '../types.ts';

/** A narrow window's first cell: the request number, with when it was submitted and why beneath (hover for the time). */
export const FoldedNumberField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record) return null;
  const reason = translate(`resources.requests.enums.reasonCode.${record.reasonCode}`, { _: record.reasonCode });
  return (
    <>
      <CellText className="bold nowrap block">{record.number}</CellText>
      <CellText className="caption secondary nowrap block" title={formatDateTime(record.submittedAt, locale)}>
        {formatRelative(record.submittedAt, locale)} · {reason}
      </CellText>
    </>
  );
};
