import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type * as Y from 'yjs';
import {
  PERSONA_COLORS,
  PERSONA_LIST_MAX,
  removePersona,
  updatePersona,
  type Persona,
  type PersonaPatch,
} from '../../model';
import { PersonaAvatar } from './PersonaAvatar';

/** Largest photo upload, kept in the doc as a data URL. */
const MAX_PHOTO_BYTES = 200 * 1024;
const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

type ListField = 'goals' | 'needs' | 'frustrations';
const LIST_FIELDS: ReadonlyArray<{ field: ListField; label: string }> = [
  { field: 'goals', label: 'Goals' },
  { field: 'needs', label: 'Needs' },
  { field: 'frustrations', label: 'Frustrations' },
];

/** Edits one persona live: every change is one command on the library doc. */
export function PersonaEditor({
  doc,
  persona,
  readOnly,
  onClose,
}: {
  doc: Y.Doc;
  persona: Persona;
  readOnly: boolean;
  onClose: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const write = (patch: PersonaPatch) => {
    try {
      updatePersona(doc, persona.id, patch);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (!PHOTO_TYPES.includes(file.type)) return setError('The photo must be a PNG, JPEG or WebP image.');
    if (file.size > MAX_PHOTO_BYTES) return setError('The photo must be 200 KB or smaller.');
    const reader = new FileReader();
    reader.onload = () => typeof reader.result === 'string' && write({ photo: reader.result });
    reader.readAsDataURL(file);
  };
  const photoUrl = persona.photo?.startsWith('https://') ? persona.photo : '';

  return (
    <section
      className="persona-editor"
      aria-label={`Edit ${persona.name || 'persona'}`}
      // Escape closes the editor, as Close does (every edit is already saved).
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose();
      }}
    >
      <div className="persona-editor-head">
        <PersonaAvatar persona={persona} size={64} />
        <h2 className="persona-editor-title">{persona.name || 'Unnamed persona'}</h2>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClose}>
          Close
        </button>
      </div>
      {error && (
        <p className="personas-error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="persona-fields" disabled={readOnly}>
        <label className="persona-field">
          <span>Name</span>
          <input maxLength={120} value={persona.name} onChange={(e) => write({ name: e.target.value })} />
        </label>
        <label className="persona-field">
          <span>Role</span>
          <input
            maxLength={200}
            value={persona.role}
            placeholder="Small-business owner, 42"
            onChange={(e) => write({ role: e.target.value })}
          />
        </label>
        <label className="persona-field">
          <span>Quote</span>
          <textarea
            rows={2}
            maxLength={500}
            value={persona.quote}
            onChange={(e) => write({ quote: e.target.value })}
          />
        </label>
        <div className="persona-row">
          <label className="persona-field">
            <span>Initials</span>
            <input
              maxLength={2}
              value={persona.initials ?? ''}
              onChange={(e) => write({ initials: e.target.value || undefined })}
            />
          </label>
          <fieldset className="persona-field persona-colors">
            <legend>Colour</legend>
            {PERSONA_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                className="persona-swatch"
                style={{ background: c }}
                aria-label={`Colour ${c}`}
                aria-pressed={persona.color === c}
                onClick={() => write({ color: c })}
              />
            ))}
          </fieldset>
        </div>
        <label className="persona-field">
          <span>Photo URL</span>
          <input
            type="url"
            placeholder="https://…"
            value={photoUrl}
            onChange={(e) => write({ photo: e.target.value || undefined })}
          />
        </label>
        <div className="persona-photo-actions">
          <label className="btn btn-sm">
            Upload photo…
            <input type="file" accept={PHOTO_TYPES.join(',')} onChange={upload} />
          </label>
          {persona.photo && (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => write({ photo: undefined })}
            >
              Remove photo
            </button>
          )}
        </div>
        {LIST_FIELDS.map(({ field, label }) => (
          <ListEditor
            key={field}
            label={label}
            items={persona[field]}
            onChange={(items) => write({ [field]: items })}
          />
        ))}
      </fieldset>
      <div className="persona-editor-foot" hidden={readOnly}>
        <button
          type="button"
          className="btn btn-danger btn-sm"
          onClick={() => {
            removePersona(doc, persona.id);
            onClose();
          }}
        >
          Delete persona
        </button>
      </div>
    </section>
  );
}

/**
 * A list as a textarea, one item a line. The draft keeps blank lines while typing; what is written
 * is the non-empty lines. A colleague's change shows when this field is not being edited.
 */
function ListEditor({
  label,
  items,
  onChange,
}: {
  label: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
}) {
  const [draft, setDraft] = useState(items.join('\n'));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(items.join('\n'));
  }, [items]);
  return (
    <label className="persona-field">
      <span>
        {label} <small>(one per line)</small>
      </span>
      <textarea
        rows={3}
        value={draft}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          setDraft(items.join('\n'));
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          const lines = e.target.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .slice(0, PERSONA_LIST_MAX)
            .map((l) => l.slice(0, 300));
          onChange(lines);
        }}
      />
    </label>
  );
}
