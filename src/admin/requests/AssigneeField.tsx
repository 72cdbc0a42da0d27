import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { CellText } from '../common/CellText.tsx';
import type { CancelRequest } from '../types.ts';

/** Who holds the request; "未分配" in grey when nobody does, bold when it is me. */
export const AssigneeField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record) return null;
  if (record.assigneeId == null) {
    return <CellText className="disabled block">{translate('resources.requests.show.unassigned')}</CellText>;
  }
  const isMe = identity?.id === record.assigneeId;
  return (
    <CellText className={isMe ? 'ellipsis bold' : 'ellipsis'}>
      {record.assigneeName ?? `#${record.assigneeId}`}
    </CellText>
  );
};
