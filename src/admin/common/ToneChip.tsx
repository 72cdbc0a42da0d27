import { Chip, type ChipProps } from '@mui/material';
import { alpha, type Theme } from '@mui/material/styles';
import type { Tone } from './tone.ts';

const paletteKey = {
  info: 'info',
  progress: 'primary',
  waiting: 'warning',
  success: 'success',
  danger: 'error',
} as const;

const toneSx = (tone: Tone) => (theme: Theme) => {
  if (tone === 'neutral' || tone === 'muted') {
    return {
      bgcolor: alpha(theme.palette.text.primary, tone === 'muted' ? 0.05 : 0.09),
      color: tone === 'muted' ? 'text.secondary' : 'text.primary',
    };
  }
  const color = theme.palette[paletteKey[tone]];
  return {
    bgcolor: alpha(color.main, theme.palette.mode === 'dark' ? 0.22 : 0.12),
    color: theme.palette.mode === 'dark' ? color.light : color.dark,
  };
};

interface ToneChipProps extends Omit<ChipProps, 'color'> {
  tone: Tone;
}

/** A soft-coloured chip: the colour carries the state, the label always says it in words too. */
export const ToneChip = ({ tone, sx, ...props }: ToneChipProps) => (
  <Chip
    size="small"
    {...props}
    sx={[toneSx(tone), { fontWeight: 500, borderRadius: 1 }, ...(Array.isArray(sx) ? sx : [sx])]}
  />
);
