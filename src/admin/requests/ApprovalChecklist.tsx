import { Alert, Box, List, ListItem, ListItemIcon, ListItemText, Skeleton } from '@mui/material';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import { CheckMark } from '../common/CheckMark.tsx';
import { Panel } from '../common/Panel.tsx';
import type { CancelRequest } from '../types.ts';
import { useGateDetails } from './useGateDetails.ts';
import { useApproval } from './useRequestRelated.ts';

/** Whether the request may be approved, gate by gate, as src/domain/approvalGates decides it. */
export const ApprovalChecklist = () => {
  const request = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const details = useGateDetails();
  const approval = useApproval(request);
  const title = translate('resources.requests.show.checklist');
  if (!approval) {
    return (
      <Panel title={title}>
        <Skeleton variant="rounded" height={140} />
      </Panel>
    );
  }
  const { canApprove, gates } = approval;
  const failing = gates.filter((g) => g.blocking && !g.ok).length;
  return (
    <Panel title={title}>
      <Alert severity={canApprove ? 'success' : 'warning'} variant="outlined" sx={{ mb: 1, py: 0 }}>
        {canApprove
          ? translate('resources.requests.show.can_approve')
          : translate('resources.requests.show.cannot_approve', { smart_count: failing })}
      </Alert>
      <List dense disablePadding>
        {gates.map((gate) => (
          <ListItem key={gate.key} disableGutters sx={{ alignItems: 'flex-start', py: 0.5 }}>
            <ListItemIcon sx={{ minWidth: 30, mt: 0.25 }}>
              {gate.blocking ? <CheckMark ok={gate.ok} /> : <InfoOutlined color="info" sx={{ fontSize: 18 }} />}
            </ListItemIcon>
            <ListItemText
              primary={translate(`resources.requests.gates.${gate.key}`)}
              secondary={details(gate).map((line) => (
                <Box component="span" key={line} sx={{ display: 'block' }}>
                  {line}
                </Box>
              ))}
              slotProps={{ primary: { variant: 'body2', sx: { fontWeight: 500 } } }}
            />
          </ListItem>
        ))}
      </List>
    </Panel>
  );
};
