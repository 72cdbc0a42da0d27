import { lazy } from 'react';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import type { StaffUser } from '../types.ts';

export default {
  list: lazy(() => import('./UserList.tsx')),
  icon: BadgeOutlined,
  recordRepresentation: (record: StaffUser) => record.displayName,
};
