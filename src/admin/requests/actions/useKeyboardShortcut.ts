import { useEffect, useRef } from 'react';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Is a key pressed here the user typing (a field, an editable element), not a shortcut? */
export const isTypingTarget = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (TYPING.has(target.tagName) || target.isContentEditable);

/**
 * Calls `handler` when `key` is pressed on its own (no Ctrl/Alt/Meta), unless
 * the user is typing (an input, a textarea, an editable element, an IME
 * composition) or a dialog or menu is open over the page.
 */
export const useKeyboardShortcut = (key: string, handler: () => void, enabled = true) => {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.altKey || event.metaKey || event.repeat || event.isComposing)
        return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('.MuiModal-root:not(.MuiModal-hidden)')) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
};
