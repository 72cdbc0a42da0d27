import type { HTMLAttributes, ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { alpha, type Theme } from '@mui/material/styles';
import type { Tone } from './tone.ts';

const paletteKey = {
  info: 'info',
  progress: 'primary',
  waiting: 'warning',
  success: 'success',
  danger: 'error',
} as const;

const toneColors = (theme: Theme, tone: Tone) => {
  if (tone === 'neutral' || tone === 'muted') {
    return {
      backgroundColor: alpha(theme.palette.text.primary, tone === 'muted' ? 0.05 : 0.09),
      color: tone === 'muted' ? theme.palette.text.secondary : theme.palette.text.primary,
    };
  }
  const color = theme.palette[paletteKey[tone]];
  return {
    backgroundColor: alpha(color.main, theme.palette.mode === 'dark' ? 0.22 : 0.12),
    color: theme.palette.mode === 'dark' ? color.light : color.dark,
  };
};

const TONES: Tone[] = ['neutral', 'muted', ...(Object.keys(paletteKey) as Tone[])];
const chipStyles = new WeakMap<Theme, object>();

/**
 * Every tone's colours in one rule, keyed by `data-tone`, computed once per
 * theme: the queue draws two chips per row, and a MUI Chip with a per-tone
 * `sx` costs a style serialisation and several components each.
 */
const stylesFor = (theme: Theme) => {
  let styles = chipStyles.get(theme);
  if (!styles) {
    styles = {
      display: 'inline-flex',
      alignItems: 'center',
      boxSizing: 'border-box',
      height: 22,
      maxWidth: '100%',
      padding: '0 8px',
      borderRadius: theme.shape.borderRadius,
      border: '1px solid transparent',
      fontFamily: theme.typography.fontFamily,
      fontSize: '0.75rem',
      fontWeight: 500,
      lineHeight: 1.5,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      verticalAlign: 'middle',
      ...Object.fromEntries(TONES.map((tone) => [`&[data-tone="${tone}"]`, toneColors(theme, tone)])),
      '&[data-variant="outlined"]': { backgroundColor: 'transparent', borderColor: 'currentColor' },
    };
    chipStyles.set(theme, styles);
  }
  return styles;
};

const Chip = styled('span')(({ theme }) => stylesFor(theme));

interface ToneChipProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'color'> {
  tone: Tone;
  label: ReactNode;
  variant?: 'filled' | 'outlined';
}

/** A soft-coloured chip: the colour carries the state, the label always says it in words too. */
export const ToneChip = ({ tone, label, variant = 'filled', ...props }: ToneChipProps) => (
  <Chip data-tone={tone} data-variant={variant} {...props}>
    {label}
  </Chip>
);
