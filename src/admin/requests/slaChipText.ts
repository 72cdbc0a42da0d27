import type { Tone } from '../common/tone.ts';
import { toneOf } from '../common/tone.ts';
import { formatDays } from '../common/format.ts';
import { slaView, type SlaFields } from './slaView.ts';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface SlaChipText {
  label: string;
  tone: Tone;
  outlined: boolean;
}

/**
 * The SLA chip's words and colour for a request: "剩 2.5 个工作日" (tone of its
 * state), "超期 1.2 个工作日", "已暂停计时" (outlined); null for a decided
 * request with no turnaround. One function for SlaChip and the boot's first
 * paint of the queue (shell/), so both say the same.
 */
export const slaChipText = (record: SlaFields, translate: Translate, locale: string): SlaChipText | null => {
  const view = slaView(record);
  const days = (n: number) => formatDays(n, locale);
  switch (view.kind) {
    case 'gap':
      return {
        label: translate('sla.calendar_gap', { years: view.years.join(', ') || '?' }),
        tone: 'waiting',
        outlined: false,
      };
    case 'paused':
      return { label: translate('sla.paused'), tone: toneOf('sla', 'paused'), outlined: true };
    case 'running':
      return {
        label: translate('sla.remaining', { days: days(view.daysLeft) }),
        tone: toneOf('sla', view.state),
        outlined: false,
      };
    case 'overdue':
      return {
        label: translate('sla.overdue', { days: days(view.daysOver) }),
        tone: toneOf('sla', 'breached'),
        outlined: false,
      };
    case 'decided':
      if (view.elapsed == null) return null;
      return {
        label: translate('sla.took', { days: days(view.elapsed) }),
        tone: view.state === 'breached' ? 'danger' : 'muted',
        outlined: false,
      };
  }
};
