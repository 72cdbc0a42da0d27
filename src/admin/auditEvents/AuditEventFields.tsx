import { Typography } from '@mui/material';
import { ReferenceField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from '../types.ts';

const Text = ({ children, muted }: { children: string; muted?: boolean }) => (
  <Typography component="span" variant="body2" color={muted ? 'text.secondary' : undefined}>
    {children}
  </Typography>
);

/** Who acted: the staff member's or customer's name as written with the event, else "system". */
export const ActorField = (_props: { source?: string }) => {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!event) return null;
  if (event.actorType !== 'system' && event.actorName) return <Text>{event.actorName}</Text>;
  return <Text muted>{translate(`resources.audit-events.actor.${event.actorType}`)}</Text>;
};

/** The action's label where the app has one, else its code. */
export const ActionField = (_props: { source?: string }) => {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!event) return null;
  return (
    <span title={event.action}>
      <Text>{translate(`resources.audit-events.actions.${event.action}`, { _: event.action })}</Text>
    </span>
  );
};

/** What the event is about: "退款 #12". */
export const EntityField = (_props: { source?: string }) => {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!event) return null;
  const type = translate(`resources.audit-events.enums.entityType.${event.entityType}`, { _: event.entityType });
  return <Text>{`${type} #${event.entityId}`}</Text>;
};

/**
 * The request's number, a link for those who may open requests; a role that
 * may not (admin) sees the bare id, so no link leads to a forbidden page.
 */
export const RequestLinkField = (_props: { source?: string }) => {
  const event = useRecordContext<AuditEvent>();
  const { canAccess } = useCanAccess({ resource: 'requests', action: 'show' });
  if (!event?.requestId) return null;
  if (!canAccess) return <Text muted>{`#${event.requestId}`}</Text>;
  return <ReferenceField source="requestId" reference="requests" link="show" />;
};
