import { lazy } from 'react';
import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import type { CancelRequest } from '../types.ts';

/** Spread into <Resource name="requests">; pages load on first visit. */
export default {
    list: lazy(() => import('./RequestList.tsx')),
    show: lazy(() => import('./RequestShow.tsx')),
    icon: AssignmentOutlined,
    recordRepresentation: (record: CancelRequest) => record.number,
};
