import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { TextTarget } from '../../../model';
import { PanelField } from './PanelField';
import { FieldEditors } from '../presence/FieldEditors';
import { useEditingField } from '../presence/useEditingField';
import { useCollabText } from './useCollabText';
import { useCanEdit } from '../access/useAccess';

interface CollabTextFieldProps {
  label: string;
  target: TextTarget;
  maxLength: number;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  /** Text a field starts with that nobody wants to keep ("New touchpoint"): focusing selects it all. */
  placeholderText?: string;
  /** A note under the field, announced with it (e.g. "A map needs a title."). */
  hint?: ReactNode;
  hintTone?: 'muted' | 'warning';
  autoFocus?: boolean;
  /** Shown but not editable (e.g. a stage name while the facilitator has locked the structure). */
  readOnly?: boolean;
  className?: string;
}

/**
 * A labelled side-panel field over collaborative text: every keystroke is written at once and
 * merges with anyone typing in the same field (useCollabText). Enter (single line) or Escape leaves
 * the field; Ctrl/Cmd+Enter leaves a textarea.
 */
export function CollabTextField({
  label,
  target,
  maxLength,
  multiline = false,
  rows,
  placeholder,
  placeholderText,
  hint,
  hintTone = 'muted',
  autoFocus,
  readOnly = false,
  className,
}: CollabTextFieldProps) {
  // Commenters and viewers read the text; the server would drop their writes anyway.
  const canEdit = useCanEdit();
  const id = useId();
  const binding = useCollabText(target);
  const editing = useEditingField(label);
  const messageId = `${id}-message`;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if ((e.key === 'Enter' && (!multiline || e.metaKey || e.ctrlKey)) || e.key === 'Escape') {
      e.preventDefault();
      e.currentTarget.blur();
    }
  };
  const common = {
    ...binding,
    id,
    className: 'input',
    placeholder,
    maxLength,
    autoFocus,
    readOnly: readOnly || !canEdit,
    'aria-describedby': hint ? messageId : undefined,
    onKeyDown,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      editing.onFocus();
      if (placeholderText !== undefined && e.currentTarget.value === placeholderText)
        e.currentTarget.select();
    },
    onBlur: editing.onBlur,
  };
  return (
    <PanelField label={label} htmlFor={id} className={className}>
      {multiline ? (
        <textarea {...common} rows={rows ?? 3} />
      ) : (
        <input {...common} type="text" autoComplete="off" />
      )}
      <FieldEditors field={label} merges />
      {hint && (
        <p id={messageId} className={`sp-hint${hintTone === 'warning' ? ' is-warning' : ''}`}>
          {hint}
        </p>
      )}
    </PanelField>
  );
}
