import type { TranslateFunction } from 'react-admin';

/** A weekly chart's tooltip title, "2026-W48（2026-11-23 起）", from the hovered bar's week. */
export const weekTooltipLabel =
  (translate: TranslateFunction) =>
  (_label: unknown, payload: readonly { payload?: unknown }[] | undefined): string => {
    const week = payload?.[0]?.payload as { week: string; start: string } | undefined;
    return week ? translate('dashboard.charts.weekly.tooltip_label', { week: week.week, start: week.start }) : '';
  };
