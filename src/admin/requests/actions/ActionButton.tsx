import type { ReactElement } from 'react';
import { Box, Button, CircularProgress, Tooltip, type ButtonProps } from '@mui/material';

interface ActionButtonProps {
  label: string;
  icon: ReactElement;
  onClick: () => void;
  /** Why the action is not possible now; the button is disabled and says this on hover. */
  disabledReason?: string | string[] | null;
  /** A hint shown on hover while enabled (a keyboard shortcut, what happens). */
  hint?: string;
  pending?: boolean;
  /** Disabled with nothing to explain (another call on the same record is running). */
  busy?: boolean;
  variant?: ButtonProps['variant'];
  color?: ButtonProps['color'];
  size?: ButtonProps['size'];
}

/** A workflow button: disabled with its reason in a tooltip, never silently greyed out. */
export const ActionButton = ({
  label,
  icon,
  onClick,
  disabledReason,
  hint,
  pending = false,
  busy = false,
  variant = 'outlined',
  color = 'primary',
  size = 'small',
}: ActionButtonProps) => {
  const reasons = disabledReason == null ? [] : Array.isArray(disabledReason) ? disabledReason : [disabledReason];
  const disabled = reasons.length > 0 || pending || busy;
  const title = reasons.length ? <Box sx={{ whiteSpace: 'pre-line' }}>{reasons.join('\n')}</Box> : (hint ?? '');
  return (
    <Tooltip title={title} placement="bottom" describeChild>
      {/* A disabled button gets no pointer events; the span carries the tooltip. */}
      <Box component="span" sx={{ display: 'inline-flex' }} data-disabled-reason={reasons.join('\n') || undefined}>
        <Button
          size={size}
          variant={variant}
          color={color}
          startIcon={pending ? <CircularProgress size={14} color="inherit" /> : icon}
          disabled={disabled}
          onClick={onClick}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {label}
        </Button>
      </Box>
    </Tooltip>
  );
};
