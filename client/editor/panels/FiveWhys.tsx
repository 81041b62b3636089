import { useId, useState } from 'react';
import { TEXT_LIST_FIELDS } from '../../../model';
import { CollabTextField } from '../text/CollabTextField';
import { useEditorActions } from '../useEditorActions';

/**
 * A pain point's root-cause chain: "Why?" asked up to five times, each answer the cause of the one
 * before. Each answer is its own collaborative field (Why 1…5) and any of them can be removed, an
 * empty one too. "+ Why" puts the caret in the new field, so typing goes straight into it.
 */
export function FiveWhys({ noteId, whys }: { noteId: string; whys: readonly string[] }) {
  const headingId = useId();
  const actions = useEditorActions();
  // The why just added: its field takes the focus once it is there.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const full = whys.length >= TEXT_LIST_FIELDS.notes.whys.items;
  return (
    <section className="sp-section" aria-labelledby={headingId} data-testid="five-whys">
      <h3 className="sp-section-title" id={headingId}>
        Five whys
      </h3>
      {whys.length === 0 && <p className="sp-empty">Ask “why?” to get from the symptom to its root cause.</p>}
      {whys.map((_why, i) => (
        <div key={i} className="sp-why">
          <CollabTextField
            label={`Why ${i + 1}`}
            target={{ kind: 'why', id: noteId, index: i }}
            maxLength={TEXT_LIST_FIELDS.notes.whys.length}
            placeholder={i === 0 ? 'Why does this hurt?' : `Why is that? (cause of why ${i})`}
            autoFocus={focusIndex === i}
          />
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-label={`Remove why ${i + 1}`}
            title={`Remove why ${i + 1}`}
            onClick={() => actions.removeWhy(noteId, i)}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-sm"
        disabled={full}
        onClick={() => {
          const index = actions.addWhy(noteId);
          if (index !== undefined) setFocusIndex(index);
        }}
      >
        {full ? 'Five whys is the limit' : `+ Why ${whys.length + 1}`}
      </button>
    </section>
  );
}
