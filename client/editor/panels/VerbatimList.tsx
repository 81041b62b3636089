import { useId, useState, type FormEvent } from 'react';

const MAX_VERBATIMS = 50;
const MAX_LENGTH = 500;

/** Short customer quotes: the words leaders remember after the numbers are forgotten. */
export function VerbatimList({
  verbatims,
  onChange,
}: {
  verbatims: readonly string[];
  onChange: (v: string[]) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  /** The quote being edited in place, and its draft text. */
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const saveEdit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!editing) return;
    const quote = editing.text.trim();
    // Emptying a quote removes it; an unchanged one writes nothing.
    if (!quote) onChange(verbatims.filter((_, j) => j !== editing.index));
    else if (quote !== verbatims[editing.index])
      onChange(verbatims.map((v, j) => (j === editing.index ? quote : v)));
    setEditing(null);
  };
  const full = verbatims.length >= MAX_VERBATIMS;

  const add = (e: FormEvent) => {
    e.preventDefault();
    const quote = draft.trim();
    if (!quote || full) return;
    onChange([...verbatims, quote]);
    setDraft('');
  };

  return (
    <div className="sp-field">
      <span className="sp-label" id={`${id}-title`}>
        Verbatims
      </span>
      {verbatims.length > 0 ? (
        <ul className="sp-verbatims" aria-labelledby={`${id}-title`}>
          {verbatims.map((quote, i) => (
            <li key={`${i}:${quote}`} className="sp-verbatim">
              {editing?.index === i ? (
                <form className="sp-inline-form" onSubmit={saveEdit}>
                  <input
                    className="input"
                    aria-label={`Edit verbatim ${i + 1}`}
                    value={editing.text}
                    maxLength={MAX_LENGTH}
                    autoFocus
                    onChange={(e) => setEditing({ index: i, text: e.target.value })}
                    onBlur={() => saveEdit()}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        e.stopPropagation();
                        setEditing(null);
                      }
                    }}
                  />
                </form>
              ) : (
                <q>{quote}</q>
              )}
              {editing?.index !== i && (
                <button
                  type="button"
                  className="sp-icon-btn"
                  aria-label={`Edit verbatim ${i + 1}`}
                  title="Edit"
                  onClick={() => setEditing({ index: i, text: quote })}
                >
                  ✎
                </button>
              )}
              <button
                type="button"
                className="sp-icon-btn"
                aria-label={`Remove verbatim ${i + 1}`}
                title="Remove"
                onClick={() => onChange(verbatims.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="sp-empty">No quotes yet.</p>
      )}
      <form className="sp-inline-form" onSubmit={add}>
        <label className="visually-hidden" htmlFor={id}>
          Add verbatim
        </label>
        <input
          id={id}
          className="input"
          value={draft}
          maxLength={MAX_LENGTH}
          placeholder={full ? 'Fifty quotes is the limit' : '“What the customer said…”'}
          disabled={full}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn btn-sm" disabled={full || !draft.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}
