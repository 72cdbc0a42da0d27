import { SelectInput } from 'react-admin';
import { enumChoices } from '../common/enumChoices.ts';
import { SearchBox } from '../common/SearchBox.tsx';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, NOTIFICATION_STATUSES } from '../../domain/vocabulary.ts';

export const notificationFilters = [
  <SearchBox key="q" source="q" alwaysOn placeholder="resources.notifications.filters.search" />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('notifications', 'status', NOTIFICATION_STATUSES)}
    alwaysOn
    sx={{ minWidth: 130 }}
  />,
  <SelectInput
    key="channel"
    source="channel"
    choices={enumChoices('notifications', 'channel', NOTIFICATION_CHANNELS)}
    alwaysOn
    sx={{ minWidth: 110 }}
  />,
  <SelectInput
    key="event"
    source="event"
    choices={enumChoices('notifications', 'event', NOTIFICATION_EVENTS)}
    alwaysOn
    sx={{ minWidth: 150 }}
  />,
];
