import { lazy } from 'react';
import SimCardOutlined from '@mui/icons-material/SimCardOutlined';
import type { Account } from '../types.ts';

export default {
  list: lazy(() => import('./AccountList.tsx')),
  show: lazy(() => import('./AccountShow.tsx')),
  icon: SimCardOutlined,
  recordRepresentation: (record: Account) => `${record.accountNumber} ${record.holderName}`,
};
