import { useRef } from 'react';
import { useKeyboardShortcut } from './actions/useKeyboardShortcut.ts';

/** The queue's rows as the table draws them (react-admin's DataTable body). */
const ROWS = '.RaDataTable-table tbody tr, .RaDatagrid-table tbody tr';

/**
 * j / k move through the queue's rows (focus, so Enter opens the row as a
 * click does), x ticks the focused row's checkbox for a bulk action.
 */
export const useQueueRowKeys = () => {
  const index = useRef(-1);
  const rows = () => [...document.querySelectorAll<HTMLTableRowElement>(ROWS)];
  const focusRow = (step: 1 | -1) => {
    const all = rows();
    if (all.length === 0) return;
    const current = all.findIndex((r) => r === document.activeElement);
    const from = current >= 0 ? current : index.current;
    const next = Math.min(all.length - 1, Math.max(0, from + step));
    index.current = next;
    const row = all[next]!;
    if (!row.hasAttribute('tabindex')) row.tabIndex = -1;
    // Enter on a focused row opens it, as a click does.
    row.onkeydown ??= (event) => {
      if (event.key === 'Enter' && event.target === row) row.click();
    };
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
  };
  useKeyboardShortcut('j', () => focusRow(1));
  useKeyboardShortcut('k', () => focusRow(-1));
};
