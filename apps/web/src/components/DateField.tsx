import { ActionIcon, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDayInput, typedDay } from './dates';

interface Props {
  label: string;
  /** A calendar day "YYYY-MM-DD", or '' while the field is empty or not yet a whole date. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  description?: string;
  error?: string;
  min?: string;
  max?: string;
  w?: number | string;
}

/**
 * A date field that reads and writes the Korean format (KRDS: "2025. 09. 01."), whatever the browser's locale:
 * digits typed on a phone's number pad become the date, an ISO date pasted in is taken as is, and the calendar button
 * opens the browser's own picker. The value stays a calendar day ("2025-09-01"); half-typed text is kept, not lost.
 */
export function DateField({ label, value, onChange, required, description, error, min, max, w }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => typedDay(value, i18n.language));
  const [touched, setTouched] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A value set from outside (the picker, a reset) replaces the text; the text's own value does not.
    if (value !== (parseDayInput(text) ?? '')) setText(typedDay(value, i18n.language));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const badFormat = touched && text.trim() !== '' && !parseDayInput(text) ? t('common.dateFormat') : undefined;
  return (
    <TextInput
      label={label}
      required={required}
      description={description}
      error={error ?? badFormat}
      w={w}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('common.datePlaceholder')}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(parseDayInput(next) ?? '');
      }}
      onBlur={() => {
        setTouched(true);
        const day = parseDayInput(text);
        if (day) setText(typedDay(day, i18n.language));
      }}
      rightSectionWidth={48}
      rightSection={
        <>
          <ActionIcon variant="subtle" size={40} aria-label={t('common.pickDate')} onClick={() => picker.current?.showPicker()}>
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
              <rect x="3" y="5" width="18" height="16" rx="2" />
              <path d="M3 10h18M8 3v4M16 3v4" />
            </svg>
          </ActionIcon>
          <input
            ref={picker}
            type="date"
            className="lal-date-picker"
            tabIndex={-1}
            aria-hidden="true"
            min={min}
            max={max}
            value={parseDayInput(text) ?? ''}
            onChange={(e) => {
              setText(typedDay(e.currentTarget.value, i18n.language));
              onChange(e.currentTarget.value);
            }}
          />
        </>
      }
    />
  );
}
