import { Menu } from 'react-admin';
import { QueueMenuItem } from './QueueMenuItem.tsx';

/** The sidebar: the queue first (with its open count), then what each role may open. */
export const AppMenu = () => (
  <Menu>
    <QueueMenuItem />
    <Menu.ResourceItem name="refunds" />
    <Menu.ResourceItem name="accounts" />
    <Menu.ResourceItem name="notifications" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="audit-events" />
  </Menu>
);
