import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Tooltip } from '@mui/material';
import { ToneChip } from '../common/ToneChip.tsx';
import { formatDateTime, formatDays } from '../common/format.ts';
import type { CancelRequest } from '../types.ts';
import { slaChipText } from './slaChipText.ts';
import { slaView } from './slaView.ts';

/**
 * Where a request stands against the 7-working-day SLA, in colour and in words:
 * "剩 2.5 个工作日", "超期 1.2 个工作日", "已暂停计时"; the tooltip gives the deadlines.
 */
export const SlaChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const view = slaView(record);
  const days = (n: number) => formatDays(n, locale);
  const chip = slaChipText(record, translate, locale);
  if (!chip) return null;

  const details = [
    record.slaState ? translate(`sla.state.${record.slaState}`) : null,
    record.workingDaysElapsed != null ? `${translate('sla.elapsed')}: ${days(record.workingDaysElapsed)}` : null,
    view.kind !== 'decided' && record.riskAt
      ? `${translate('sla.risk_at')}: ${formatDateTime(record.riskAt, locale)}`
      : null,
    view.kind !== 'decided' && record.dueAt
      ? `${translate('sla.due_at')}: ${formatDateTime(record.dueAt, locale)}`
      : null,
  ].filter(Boolean);

  return (
    <Tooltip
      title={details.length ? <span style={{ whiteSpace: 'pre-line' }}>{details.join('\n')}</span> : ''}
      placement="top"
    >
      <ToneChip tone={chip.tone} label={chip.label} variant={chip.outlined ? 'outlined' : 'filled'} />
    </Tooltip>
  );
};
