// A date box the user can type into: the typed text is kept as typed until Enter, leaving the box or a calendar
// pick; only then is it checked and saved. A wrong date is explained beside the box and nothing is saved.
import { useEffect, useId, useRef, useState } from 'react';
import type { IsoDate } from '../../shared/types';
import { parseTypedDate } from '../lib/date-input';

export interface DateFieldProps {
  label: string;
  value: IsoDate | '';
  /** Saves the date ('' when an optional box is cleared); resolves to an error message to show, or null. */
  onCommit: (date: IsoDate) => Promise<string | null> | string | null | void;
  testId?: string;
  title?: string;
  className?: string;
  /** The box may be left empty: clearing it commits ''. */
  optional?: boolean;
}

export function DateField({ label, value, onCommit, testId, title, className, optional = false }: DateFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const picker = useRef<HTMLInputElement>(null);
  const errorId = useId();

  // A new value from outside replaces the draft unless the user is in the middle of typing.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  const commit = async (text: string) => {
    editing.current = false;
    if (text.trim() === value) {
      setDraft(value);
      setError(null);
      return;
    }
    if (optional && !text.trim()) {
      setDraft('');
      setError(null);
      if (value !== '') await onCommit('');
      return;
    }
    const parsed = parseTypedDate(text);
    if (!parsed.ok) return setError(parsed.message);
    setDraft(parsed.date);
    if (parsed.date === value) return setError(null);
    const failure = await onCommit(parsed.date);
    setError(failure ?? null);
  };

  return (
    <span className={`date-input${className ? ` ${className}` : ''}`} title={title}>
      <span className="date-input-label">{label}</span>
      <span className="date-input-box">
        <input
          type="text"
          inputMode="numeric"
          value={draft}
          placeholder="年-月-日"
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={testId}
          size={11}
          onChange={(e) => {
            editing.current = true;
            setDraft(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit(draft);
            } else if (e.key === 'Escape') {
              editing.current = false;
              setDraft(value);
              setError(null);
            }
          }}
          onBlur={() => editing.current && void commit(draft)}
        />
        <button
          type="button"
          className="date-input-calendar"
          aria-label={`${label}：打开日历`}
          title="打开日历"
          onClick={() => {
            const el = picker.current;
            if (!el) return;
            el.value = /^\d{4}-\d{2}-\d{2}$/.test(draft) ? draft : value;
            try {
              el.showPicker();
            } catch {
              el.focus();
            }
          }}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          className="date-input-picker"
          tabIndex={-1}
          aria-hidden="true"
          defaultValue={value}
          onChange={(e) => e.target.value && void commit(e.target.value)}
        />
      </span>
      {error && (
        <span className="date-input-error" id={errorId} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </span>
  );
}
