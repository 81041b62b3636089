import { useId, type ReactNode } from 'react';
import { PanelField } from '../text/PanelField';
import { useDraftField, type DraftOptions } from './useDraftField';
import { FieldEditors } from '../presence/FieldEditors';
import { useEditingField } from '../presence/useEditingField';

interface DraftFieldProps extends DraftOptions {
  label: string;
  /** The document's value; shown whenever the field is not being edited. */
  value: string;
  onCommit: (text: string) => void;
  placeholder?: string;
  maxLength?: number;
  rows?: number;
  inputMode?: 'text' | 'numeric' | 'decimal';
  /** A <datalist> id offering values already used on the map. */
  list?: string;
  /** A note under the field (e.g. the missing-owner warning), announced with it. */
  hint?: ReactNode;
  hintTone?: 'muted' | 'warning';
  className?: string;
}

/** A labelled input or textarea that edits a synced value through a local draft (see useDraftField). */
export function DraftField({
  label,
  value,
  onCommit,
  hint,
  hintTone = 'muted',
  className,
  ...rest
}: DraftFieldProps) {
  const { placeholder, maxLength, rows, inputMode, list, validate, multiline } = rest;
  const id = useId();
  const field = useDraftField(value, onCommit, { validate, multiline });
  // Others see "<name> is editing…" under this field while it has focus (last writer wins).
  const editing = useEditingField(label);
  const messageId = `${id}-message`;
  const message = field.error ?? hint;
  const common = {
    id,
    className: `input${field.error ? ' is-invalid' : ''}`,
    value: field.value,
    placeholder,
    maxLength,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': message ? messageId : undefined,
    onChange: field.onChange,
    onFocus: () => {
      field.onFocus();
      editing.onFocus();
    },
    onBlur: () => {
      field.onBlur();
      editing.onBlur();
    },
    onKeyDown: field.onKeyDown,
  };
  return (
    <PanelField label={label} htmlFor={id} className={className}>
      {multiline ? (
        <textarea {...common} rows={rows ?? 3} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} list={list} autoComplete="off" />
      )}
      <FieldEditors field={label} />
      {message && (
        <p
          id={messageId}
          className={`sp-hint${field.error ? ' is-error' : hintTone === 'warning' ? ' is-warning' : ''}`}
          role={field.error ? 'alert' : undefined}
        >
          {message}
        </p>
      )}
    </PanelField>
  );
}
