import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format';
import { parseTypedDate } from '../action-filters';
import classes from './actions.module.css';

interface DueDateInputProps {
  label: string;
  /** YYYY-MM-DD from the URL, or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** A message about the range as a whole (the first day after the last). */
  rangeError?: string;
}

/**
 * A day typed as dd/mm/yyyy, whatever the browser's own date format (a native date field shows mm/dd/yyyy in an
 * English browser). Applied on Enter or on leaving the field; a wrong day is said at the field and stays as typed.
 */
export function DueDateInput({ label, value, onChange, rangeError }: DueDateInputProps) {
  const { t } = useTranslation();
  const shown = value ? formatDate(value) : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // The URL changed from elsewhere (Back, "Xóa bộ lọc"): show what it holds now.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(shown);
    setInvalid(false);
  }

  const apply = () => {
    const parsed = parseTypedDate(text);
    if (parsed === 'invalid') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (parsed !== value) onChange(parsed);
  };

  return (
    <TextInput
      label={label}
      placeholder={t('actions.filters.datePlaceholder')}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
      inputMode="numeric"
      autoComplete="off"
      error={invalid ? t('actions.filters.dateInvalid') : rangeError}
      miw={0}
      classNames={{ input: classes.touchInput }}
    />
  );
}
