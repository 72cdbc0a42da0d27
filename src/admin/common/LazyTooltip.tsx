import { cloneElement, useState, type FocusEvent, type MouseEvent, type ReactElement, type ReactNode } from 'react';
import { Tooltip, type TooltipProps } from '@mui/material';

interface LazyTooltipProps {
  title: ReactNode;
  placement?: TooltipProps['placement'];
  /** One element that takes a ref and mouse/focus handlers (a Chip, a Box). */
  children: ReactElement<{
    onMouseOver?: (event: MouseEvent) => void;
    onFocus?: (event: FocusEvent) => void;
  }>;
}

/**
 * A MUI Tooltip mounted only once the pointer or focus reaches its element:
 * the queue shows two per row, and 50 idle Tooltips (each with its own hooks,
 * listeners and ref plumbing) cost more to render than the cells they sit on.
 * Once armed, it opens at once for the hover that armed it and then behaves
 * as a plain Tooltip.
 */
export const LazyTooltip = ({ title, placement, children }: LazyTooltipProps) => {
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  if (!title) return children;
  if (!armed) {
    const arm = () => {
      setArmed(true);
      setOpen(true);
    };
    return cloneElement(children, { onMouseOver: arm, onFocus: arm });
  }
  return (
    <Tooltip
      title={title}
      placement={placement}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
    >
      {children}
    </Tooltip>
  );
};
