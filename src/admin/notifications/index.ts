import { lazy } from 'react';
import OutboxOutlined from '@mui/icons-material/OutboxOutlined';

/** Spread into <Resource name="notifications">: the outbox list (managers; reviewers see their requests'). */
export default {
  list: lazy(() => import('./NotificationList.tsx')),
  icon: OutboxOutlined,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
