import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import type { CancelRequest } from '../types.ts';
import { RequestListPage, RequestShowPage } from './pages.ts';

/** Spread into <Resource name="requests">; pages load on first visit, or before it (pages.ts). */
export default {
  list: RequestListPage,
  show: RequestShowPage,
  icon: AssignmentOutlined,
  recordRepresentation: (record: CancelRequest) => record.number,
};
