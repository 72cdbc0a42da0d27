import { lazy } from 'react';
import ManageHistoryOutlined from '@mui/icons-material/ManageHistoryOutlined';

/** Spread into <Resource name="audit-events">: the audit log (managers, admins). */
export default {
  list: lazy(() => import('./AuditEventList.tsx')),
  icon: ManageHistoryOutlined,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
