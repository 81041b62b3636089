import { useId, useRef, useState } from 'react';
import { COMMENT_MAX_LENGTH, mentionIds } from '../../../model';
import { initials } from '../../identity/initials';
import { useMentionAutocomplete } from './useMentionAutocomplete';
import { useMentionPeople } from './useComments';

interface ComposerProps {
  /** The field's accessible name, e.g. "Comment on this touchpoint". */
  label: string;
  placeholder?: string;
  submitLabel: string;
  initial?: string;
  /** Returns whether the comment was written; the box empties only then. */
  onSubmit: (text: string, mentions: string[]) => boolean;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A comment box with @mention autocomplete. Ctrl/Cmd+Enter sends; Escape cancels an edit. */
export function CommentComposer({
  label,
  placeholder,
  submitLabel,
  initial = '',
  onSubmit,
  onCancel,
  autoFocus,
}: ComposerProps) {
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  const people = useMentionPeople();
  const menu = useMentionAutocomplete(text, setText, people, field);
  const listId = useId();
  const send = () => {
    if (!text.trim()) return;
    if (onSubmit(text, mentionIds(text, people))) setText('');
  };
  return (
    <form
      className="cm-composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <textarea
        ref={field}
        className="input cm-input"
        aria-label={label}
        placeholder={placeholder ?? 'Write a comment… (@ to mention)'}
        value={text}
        rows={2}
        maxLength={COMMENT_MAX_LENGTH}
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-controls={menu.options.length > 0 ? listId : undefined}
        aria-expanded={menu.options.length > 0}
        onChange={(e) => {
          setText(e.target.value);
          menu.track(e.target);
        }}
        onSelect={(e) => menu.track(e.currentTarget)}
        onKeyDown={(e) => {
          if (menu.onKeyDown(e)) return;
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            send();
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      {menu.options.length > 0 && (
        <ul
          className="cm-mentions"
          id={listId}
          role="listbox"
          aria-label="People to mention"
          data-testid="mention-options"
        >
          {menu.options.map((p, i) => (
            <li
              key={p.id}
              role="option"
              aria-selected={i === menu.active}
              className={`cm-mention-option${i === menu.active ? ' is-active' : ''}`}
              // mousedown, not click: the textarea must not lose its caret first.
              onMouseDown={(e) => {
                e.preventDefault();
                menu.pick(p);
              }}
            >
              <span className="cm-avatar cm-avatar-sm" style={{ background: p.color }} aria-hidden="true">
                {initials(p.name)}
              </span>
              {p.name}
            </li>
          ))}
        </ul>
      )}
      <div className="cm-composer-actions">
        {onCancel && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="btn btn-sm btn-primary" disabled={!text.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
