import EventOutlined from '@mui/icons-material/EventOutlined';
import { preloadablePage } from '../layout/preloadablePage.tsx';

/** Spread into <Resource name="calendar">: the year view is its list page, in its own chunk. */
export default {
  list: preloadablePage(() => import('./CalendarPage.tsx')),
  icon: EventOutlined,
};
