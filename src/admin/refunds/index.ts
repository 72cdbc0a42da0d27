import { lazy } from 'react';
import CurrencyYuan from '@mui/icons-material/CurrencyYuan';

export default {
  list: lazy(() => import('./RefundList.tsx')),
  icon: CurrencyYuan,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
