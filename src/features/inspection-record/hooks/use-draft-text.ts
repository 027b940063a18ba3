import { useState } from 'react';

export interface DraftText {
  value: string;
  onChange: (v: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * A text field's value held by the field itself, each keystroke pushed to the draft: typing re-renders the field
 * only and never waits for the draft to come back. A different value arriving from the draft (a merge, a reload of
 * the record) replaces the text only while the field is not being typed in, so no keystroke is overwritten.
 */
export function useDraftText(value: string, push: (v: string) => void): DraftText {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  if (value !== seen && !focused) {
    setSeen(value);
    setText(value);
  }
  return {
    value: text,
    onChange: (v) => {
      setText(v);
      setSeen(v);
      push(v);
    },
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
  };
}
