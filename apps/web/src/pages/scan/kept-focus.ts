import { type RefObject, useEffect } from 'react';

/**
 * Keeps a scan input focused (after a click elsewhere, a field left, a return to the window), and a key typed
 * elsewhere goes to it, so a keyboard-wedge scanner never types into nothing. `field`: an element the user types
 * into (its keys are its own); `keepsFocus`: an element the focus may stay on (the fields, and what else the screen
 * says, as its dialogs). Enter typed on an element that keeps the focus stays there (a dialog's button).
 */
export function useKeptFocus(
  input: RefObject<HTMLInputElement | null>,
  field: (element: Element | null) => boolean,
  keepsFocus: (element: Element | null) => boolean = field,
): void {
  useEffect(() => {
    const refocus = () =>
      window.requestAnimationFrame(() => {
        if (document.activeElement !== input.current && !keepsFocus(document.activeElement)) input.current?.focus();
      });
    const typedElsewhere = (event: globalThis.KeyboardEvent) => {
      const target = event.target as Element;
      if (event.target === input.current || field(target)) return;
      if (event.key.length === 1 || (event.key === 'Enter' && !keepsFocus(target))) input.current?.focus();
    };
    document.addEventListener('click', refocus);
    document.addEventListener('focusout', refocus);
    document.addEventListener('keydown', typedElsewhere, true);
    window.addEventListener('focus', refocus);
    refocus();
    return () => {
      document.removeEventListener('click', refocus);
      document.removeEventListener('focusout', refocus);
      document.removeEventListener('keydown', typedElsewhere, true);
      window.removeEventListener('focus', refocus);
    };
  }, [input, field, keepsFocus]);
}
