import { Suspense, useState, type ComponentType, type ReactElement } from 'react';
import type { ButtonProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RequestAction } from '../../../domain/lifecycle.ts';
import { ActionButton } from './ActionButton.tsx';
import type { ActionDialogProps, ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';
import { useKeyboardShortcut } from './useKeyboardShortcut.ts';

interface DialogActionButtonProps extends ActionProps {
  action: RequestAction;
  icon: ReactElement;
  /** The action's dialog, lazy-loaded by the caller: its code is fetched on the first click. */
  dialog: ComponentType<ActionDialogProps>;
  /** Whether `resources.requests.hints.<action>` explains the action on hover. */
  hint?: boolean;
  /** Why the action cannot run although the lifecycle allows it (approve's gates). */
  alsoDisabledBy?: string | string[] | null;
  variant?: ButtonProps['variant'];
  color?: ButtonProps['color'];
  /** A key that opens the dialog as a click does (only while the action is possible). */
  shortcut?: string;
}

/**
 * An action bar button that opens its action's dialog: labelled from the
 * action, disabled with the domain's refusal (then `alsoDisabledBy`), and the
 * dialog mounted only while open.
 */
export const DialogActionButton = ({
  action,
  request,
  check,
  icon,
  dialog: Dialog,
  hint = false,
  alsoDisabledBy = null,
  variant,
  color,
  shortcut,
}: DialogActionButtonProps) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const reason = useDisabledReason(action, check, request) ?? alsoDisabledBy;
  useKeyboardShortcut(shortcut ?? '', () => setOpen(true), !!shortcut && !reason && !open);
  return (
    <>
      <ActionButton
        label={translate(`resources.requests.actions.${action}`)}
        icon={icon}
        hint={hint ? translate(`resources.requests.hints.${action}`) : undefined}
        variant={variant}
        color={color}
        disabledReason={reason}
        onClick={() => setOpen(true)}
      />
      {open && (
        <Suspense fallback={null}>
          <Dialog request={request} check={check} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
};
