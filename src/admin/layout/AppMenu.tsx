import { Menu } from 'react-admin';
import { DashboardMenuItem } from './DashboardMenuItem.tsx';
import { QueueMenuItem } from './QueueMenuItem.tsx';
import { SettingsMenuItem } from '../settings/index.ts';

/** The sidebar: the dashboard and the queue (with its open count) first, then what each role may open. */
export const AppMenu = () => (
  <Menu>
    <DashboardMenuItem />
    <QueueMenuItem />
    <Menu.ResourceItem name="refunds" />
    <Menu.ResourceItem name="accounts" />
    <Menu.ResourceItem name="notifications" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="audit-events" />
    <Menu.ResourceItem name="calendar" />
    <SettingsMenuItem />
  </Menu>
);
