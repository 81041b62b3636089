import './numberField.css';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { FieldEditors } from '../presence/FieldEditors';
import { useEditingField } from '../presence/useEditingField';
import { PanelField } from '../text/PanelField';
import type { NumberRule } from './numberRules';
import { useNumberDraft, type NumberMessage } from './useNumberDraft';

interface NumberFieldProps {
  label: string;
  /** The saved figure; undefined when there is none. */
  value: number | undefined;
  rule: NumberRule;
  /** Called only with a figure that passes `rule` (undefined clears it). */
  onCommit: (value: number | undefined) => void;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  maxLength?: number;
  /** A note under the field while nothing is wrong, e.g. what the figure is used for. */
  hint?: ReactNode;
}

/**
 * A labelled number input (NPS, CSAT, sample size, a route's volume). A figure outside its range
 * is never written; the field says what is allowed, right under itself, and keeps the saved value
 * in sight (see useNumberDraft).
 */
export function NumberField({
  label,
  value,
  rule,
  onCommit,
  placeholder,
  inputMode,
  maxLength,
  hint,
}: NumberFieldProps) {
  const id = useId();
  const field = useNumberDraft(value, rule, onCommit);
  const editing = useEditingField(label);
  const messageId = `${id}-message`;
  const messageRef = useRef<HTMLParagraphElement>(null);
  const kind = field.message?.kind;
  // The panel scrolls: a message below the fold would be as good as none.
  useEffect(() => {
    if (kind) messageRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [kind]);
  const shown = field.message ? <MessageText message={field.message} /> : hint;
  return (
    <PanelField label={label} htmlFor={id}>
      <input
        id={id}
        className={`input${field.invalid ? ' is-invalid' : ''}`}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={field.value}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={field.invalid || undefined}
        aria-describedby={shown ? messageId : undefined}
        onChange={field.onChange}
        onFocus={editing.onFocus}
        onBlur={() => {
          field.onBlur();
          editing.onBlur();
        }}
        onKeyDown={field.onKeyDown}
      />
      <FieldEditors field={label} />
      {shown && (
        <p
          ref={messageRef}
          id={messageId}
          className={`sp-hint${field.message ? ' is-error' : ''}`}
          role={field.message ? 'alert' : undefined}
          data-testid={field.message ? 'number-message' : undefined}
        >
          {shown}
        </p>
      )}
    </PanelField>
  );
}

/** What is allowed, then what is saved (while typing) or what was not (after leaving the field). */
function MessageText({ message }: { message: NumberMessage }) {
  return (
    <>
      {message.problem}{' '}
      <span className="sp-saved">
        {message.kind === 'typing'
          ? `Saved: ${message.saved || 'none'}.`
          : `“${message.typed}” was not saved.`}
      </span>
    </>
  );
}
