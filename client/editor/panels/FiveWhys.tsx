import { useId } from 'react';
import { DraftField } from './DraftField';

const MAX_WHYS = 5;

/**
 * A pain point's root-cause chain: "Why?" asked up to five times, each answer the cause of the one
 * before. Each answer is its own labelled field (Why 1…5); the last one can be removed.
 */
export function FiveWhys({ whys, onChange }: { whys: readonly string[]; onChange: (whys: string[]) => void }) {
  const headingId = useId();
  const full = whys.length >= MAX_WHYS;
  return (
    <section className="sp-section" aria-labelledby={headingId} data-testid="five-whys">
      <h3 className="sp-section-title" id={headingId}>
        Five whys
      </h3>
      {whys.length === 0 && <p className="sp-empty">Ask “why?” to get from the symptom to its root cause.</p>}
      {whys.map((why, i) => (
        <div key={i} className="sp-why">
          <DraftField
            label={`Why ${i + 1}`}
            value={why}
            maxLength={300}
            placeholder={i === 0 ? 'Why does this hurt?' : `Why is that? (cause of why ${i})`}
            onCommit={(text) => onChange(whys.map((w, j) => (j === i ? text : w)))}
          />
          {i === whys.length - 1 && (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              aria-label={`Remove why ${i + 1}`}
              onClick={() => onChange(whys.slice(0, -1))}
            >
              Remove
            </button>
          )}
        </div>
      ))}
      <button type="button" className="btn btn-sm" disabled={full} onClick={() => onChange([...whys, ''])}>
        {full ? 'Five whys is the limit' : `+ Why ${whys.length + 1}`}
      </button>
    </section>
  );
}
