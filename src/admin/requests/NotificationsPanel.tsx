import { ReferenceManyField, useCanAccess, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel.tsx';
import { NotificationTable } from '../notifications/NotificationTable.tsx';
import { NOTIFICATIONS_PANEL } from './requestPageQueries.ts';

/** 通知: every email and SMS this request sent the customer, delivered or not, with Retry for failures. */
export const NotificationsPanel = () => {
  const translate = useTranslate();
  // Customer messages are the reviewers' and managers' (finance reads the request without them).
  const { canAccess } = useCanAccess({ resource: 'notifications', action: 'list' });
  if (!canAccess) return null;
  return (
    <Panel title={translate('resources.requests.show.notifications')} flush>
      <ReferenceManyField reference="notifications" target="requestId" {...NOTIFICATIONS_PANEL}>
        <NotificationTable />
      </ReferenceManyField>
    </Panel>
  );
};
