import { lazy } from 'react';
import CurrencyYuan from '@mui/icons-material/CurrencyYuan';

/** Spread into <Resource name="refunds">; each page loads on first visit. */
export default {
  list: lazy(() => import('./RefundList.tsx')),
  show: lazy(() => import('./RefundShow.tsx')),
  icon: CurrencyYuan,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
