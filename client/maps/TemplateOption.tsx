import { useId, useState, type KeyboardEvent } from 'react';
import type { TemplateRef, TemplateSummary } from '../../model/templates/templatesApi';
import { errorMessage } from '../api/ApiError';
import { Icon } from '../ui/Icon';
import { entryCaption } from './gallery/galleryEntries';
import { TemplatePreview } from './TemplatePreview';

interface TemplateOptionProps {
  entry: TemplateSummary;
  checked: boolean;
  onSelect: (template: TemplateRef) => void;
  /** Enter on the card: create from it. */
  onChoose: () => void;
  /** Saved templates the requester may remove (`canDelete`). */
  onRemove?: (template: TemplateRef) => Promise<void>;
  disabled?: boolean;
}

/**
 * One selectable card in the new-map gallery. A real radio, invisible but covering the card, keeps
 * clicks, arrow keys (the browser moves between the radios of one group), focus and screen readers
 * working; its name is the template's name, the summary is its description.
 */
export function TemplateOption({
  entry,
  checked,
  onSelect,
  onChoose,
  onRemove,
  disabled,
}: TemplateOptionProps) {
  const labelId = useId();
  const detailId = useId();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const caption = entryCaption(entry);

  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onSelect(entry.ref);
    onChoose();
  }

  async function remove() {
    if (!onRemove) return;
    setRemoving(true);
    setError(null);
    try {
      await onRemove(entry.ref);
    } catch (err) {
      setError(errorMessage(err));
      setRemoving(false);
    }
  }

  return (
    <div className={`template-option${checked ? ' is-checked' : ''}`}>
      <input
        type="radio"
        name="template"
        value={entry.ref}
        className="template-option-input"
        checked={checked}
        disabled={disabled}
        onChange={() => onSelect(entry.ref)}
        onKeyDown={handleKey}
        aria-labelledby={labelId}
        aria-describedby={detailId}
      />
      <TemplatePreview template={entry.ref} />
      <span className="template-option-footer">
        <span className="template-option-text">
          <span id={labelId} className="template-option-label">
            {entry.name}
          </span>
          {caption && <span className="template-option-caption">{caption}</span>}
          <span id={detailId} className="template-option-detail">
            {entry.summary}
          </span>
        </span>
        <span className="template-option-check" aria-hidden="true" />
      </span>
      {onRemove && !confirming && (
        <button
          type="button"
          className="btn btn-ghost btn-sm template-option-remove"
          aria-label={`Remove template ${entry.name}`}
          title="Remove this template from the server"
          onClick={() => setConfirming(true)}
        >
          <Icon name="trash" size={14} />
        </button>
      )}
      {confirming && (
        <div
          className="template-option-confirm"
          role="group"
          aria-label={`Remove ${entry.name}?`}
          // Escape backs out of the question, not out of the whole dialog.
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || removing) return;
            event.stopPropagation();
            setConfirming(false);
          }}
        >
          <span className="template-option-confirm-text">
            Remove “{entry.name}” for everyone? Maps made from it stay.
          </span>
          {error && (
            <span className="template-option-error" role="alert">
              {error}
            </span>
          )}
          <span className="template-option-confirm-actions">
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => setConfirming(false)}
              disabled={removing}
            >
              Keep
            </button>
            <button
              type="button"
              className="btn btn-sm btn-danger"
              onClick={() => void remove()}
              disabled={removing}
              autoFocus
            >
              {removing ? 'Removing…' : 'Remove'}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
