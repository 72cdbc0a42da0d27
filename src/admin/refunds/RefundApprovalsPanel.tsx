import { Alert, Box, Typography } from '@mui/material';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { CheckMark } from '../common/CheckMark.tsx';
import { formatDateTime } from '../common/format.ts';
import { Panel } from '../common/Panel.tsx';
import type { Refund } from '../types.ts';
import { useBlockedReason } from './actions/useBlockedReason.ts';

/** The approvals it needs (one, or two different finance staff above the threshold): who gave each, when. */
export const RefundApprovalsPanel = () => {
  const refund = useRecordContext<Refund>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const blocked = refund?.blockedActions?.approve;
  // Said in words on the page, not only on the disabled button's hover: why this approval is not yours to give.
  const notYours = blocked && blocked.code !== 'invalid_status' && blocked.code !== 'role_forbidden';
  const reason = useBlockedReason('approve', refund);
  if (!refund) return null;
  const slots = Array.from({ length: refund.approvalsNeeded }, (_, i) => refund.approvals[i] ?? null);
  return (
    <Panel
      title={translate('resources.refunds.show.approvals')}
      extra={
        <Typography variant="caption" color="text.secondary">
          {translate('resources.refunds.show.approvals_progress', {
            given: refund.approvals.length,
            needed: refund.approvalsNeeded,
          })}
        </Typography>
      }
    >
      {slots.map((approval, i) => (
        <Box key={i} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5 }} data-testid={`approval-${i + 1}`}>
          {approval ? <CheckMark ok /> : <HourglassEmptyOutlined color="disabled" sx={{ fontSize: 18 }} />}
          <Typography variant="body2" sx={{ flex: 1 }}>
            {approval
              ? translate('resources.refunds.show.approved_by', { name: approval.approverName })
              : translate(
                  refund.status === 'pending_approval'
                    ? 'resources.refunds.show.approval_waiting'
                    : 'resources.refunds.show.approval_none',
                  { n: i + 1 },
                )}
          </Typography>
          {approval && (
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatDateTime(approval.approvedAt, locale)}
            </Typography>
          )}
        </Box>
      ))}
      {notYours && (
        <Alert severity="info" variant="outlined" sx={{ mt: 1 }} data-testid="approval-not-yours">
          {reason}
        </Alert>
      )}
    </Panel>
  );
};
