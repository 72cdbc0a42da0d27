import { useTheme } from '@mui/material';

/** Chart colours from the MUI palette, so light and dark themes both read. */
export const useChartColors = () => {
  const { palette } = useTheme();
  return {
    primary: palette.primary.main,
    secondary: palette.secondary.main,
    onTrack: palette.success.main,
    atRisk: palette.warning.main,
    breached: palette.error.main,
    unknown: palette.grey[500],
    info: palette.info.main,
    grid: palette.divider,
    text: palette.text.secondary,
    tooltip: {
      contentStyle: {
        background: palette.background.paper,
        border: `1px solid ${palette.divider}`,
        borderRadius: 6,
        color: palette.text.primary,
        fontSize: 12,
      },
      labelStyle: { color: palette.text.primary, fontWeight: 600 },
      itemStyle: { color: palette.text.primary },
      cursor: { fill: palette.action.hover },
    },
  };
};

export type ChartColors = ReturnType<typeof useChartColors>;
