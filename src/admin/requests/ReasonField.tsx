import { useRecordContext, useTranslate } from 'react-admin';
import { CellText } from '../common/CellText.tsx';
import type { CancelRequest } from '../types.ts';

/** Account type over the reason, one column for two short vocabulary values. */
export const ReasonField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <CellText className="block nowrap">
        {translate(`resources.requests.enums.reasonCode.${record.reasonCode}`, { _: record.reasonCode })}
      </CellText>
      <CellText className="caption secondary block nowrap">
        {translate(`resources.requests.enums.accountType.${record.accountType}`, { _: record.accountType })}
      </CellText>
    </>
  );
};
