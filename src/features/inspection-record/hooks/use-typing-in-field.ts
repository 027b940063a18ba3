import { useEffect, useState } from 'react';

const NOT_TYPED = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether `el` takes typed text: a textarea, a text-like input, an editable element. */
export function isTextField(el: EventTarget | Element | null): boolean {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  if (el instanceof HTMLInputElement) return !el.readOnly && !NOT_TYPED.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * True while the focus is in a field that takes typed text, so that something which would take the focus away (the
 * conflict chooser, say) waits until the user leaves the field instead of interrupting a sentence.
 */
export function useTypingInField(): boolean {
  const [typing, setTyping] = useState(() => typeof document !== 'undefined' && isTextField(document.activeElement));
  useEffect(() => {
    const onIn = (e: FocusEvent) => setTyping(isTextField(e.target));
    // Where the focus goes next (null: nowhere, or out of the window).
    const onOut = (e: FocusEvent) => setTyping(isTextField(e.relatedTarget));
    document.addEventListener('focusin', onIn);
    document.addEventListener('focusout', onOut);
    return () => {
      document.removeEventListener('focusin', onIn);
      document.removeEventListener('focusout', onOut);
    };
  }, []);
  return typing;
}
