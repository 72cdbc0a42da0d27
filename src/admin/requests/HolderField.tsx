import { useRecordContext } from 'react-admin';
import { maskPhone } from '../../domain/mask.ts';
import { CellText } from '../common/CellText.tsx';
import type { CancelRequest } from '../types.ts';

/** The holder's name (and company for a business account), with the phone masked beneath. */
export const HolderField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  if (!record) return null;
  return (
    <div style={{ minWidth: 0 }}>
      <CellText className="strong ellipsis">
        {record.holderName}
        {record.accountType === 'business' && record.companyName ? (
          <CellText className="caption secondary" style={{ marginLeft: 6 }}>
            {record.companyName}
          </CellText>
        ) : null}
      </CellText>
      {record.phoneMatch ? (
        // The part of the phone the search matched, the rest masked as always.
        <CellText className="caption secondary num block">
          {record.phoneMatch.shown.slice(0, record.phoneMatch.start)}
          <mark>{record.phoneMatch.shown.slice(record.phoneMatch.start, record.phoneMatch.end)}</mark>
          {record.phoneMatch.shown.slice(record.phoneMatch.end)}
        </CellText>
      ) : (
        <CellText className="caption secondary num block">{maskPhone(record.phone)}</CellText>
      )}
    </div>
  );
};
