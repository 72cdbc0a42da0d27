import type { ReactNode } from 'react';
import { Box, Card, Stack, Typography } from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Button, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { CancelRequest } from '../types.ts';
import { AssigneeField } from './AssigneeField.tsx';
import { SlaChip } from './SlaChip.tsx';

const Meta = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    {children}
  </Box>
);

/**
 * Back to the queue (and `navigation`, e.g. "next request") on top; number,
 * status and SLA with the workflow `actions` beside them; then who, when, due.
 */
export const RequestHeader = ({ actions, navigation }: { actions?: ReactNode; navigation?: ReactNode }) => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  // Someone who may open a request but not the queue has no queue to go back to.
  const { canAccess: mayListRequests } = useCanAccess({ resource: 'requests', action: 'list' });
  if (!record) return null;
  return (
    <Card sx={{ mb: 2, px: 2, py: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        {mayListRequests ? (
          <Button
            component={Link}
            to={createPath({ resource: 'requests', type: 'list' })}
            label="resources.requests.show.back"
            size="small"
            sx={{ ml: -1 }}
          >
            <ArrowBack />
          </Button>
        ) : (
          <span />
        )}
        {navigation}
      </Stack>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {record.number}
          </Typography>
          <StatusChip resource="requests" value={record.status} />
          <SlaChip />
        </Stack>
        {actions}
      </Stack>
      <Stack direction="row" spacing={4} sx={{ mt: 1.25, flexWrap: 'wrap', rowGap: 1 }}>
        <Meta label={translate('resources.requests.fields.holder')}>
          <Typography variant="body2">{record.holderName}</Typography>
        </Meta>
        <Meta label={translate('resources.requests.fields.assigneeName')}>
          <AssigneeField />
        </Meta>
        <Meta label={translate('resources.requests.fields.submittedAt')}>
          <DateTimeField source="submittedAt" />
        </Meta>
        <Meta label={translate('resources.requests.fields.dueAt')}>
          <DateTimeField source="dueAt" />
        </Meta>
        {record.decidedAt && (
          <Meta label={translate('resources.requests.fields.decidedAt')}>
            <DateTimeField source="decidedAt" />
          </Meta>
        )}
      </Stack>
    </Card>
  );
};
