import { lazy } from 'react';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import type { StaffUser } from '../types.ts';

export default {
  list: lazy(() => import('./UserList.tsx')),
  create: lazy(() => import('./UserCreate.tsx')),
  edit: lazy(() => import('./UserEdit.tsx')),
  icon: BadgeOutlined,
  recordRepresentation: (record: StaffUser) => record.displayName,
};
