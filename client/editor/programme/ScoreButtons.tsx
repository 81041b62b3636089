import { useId } from 'react';
import { SCORE_MAX, SCORE_MIN } from '../../../model';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** A 1–5 segmented score (value or effort) with words for each step; the picked one again clears it. */
export function ScoreButtons({
  label,
  value,
  words,
  disabled,
  onChange,
}: {
  label: string;
  value: number | undefined;
  /** Words per score, index 1…5 ("Very low" … "Very high"). */
  words: readonly string[];
  disabled: boolean;
  onChange: (score: number | undefined) => void;
}) {
  const id = useId();
  const word = (s: number) => words[s] ?? String(s);
  return (
    <div className="sp-field">
      <span className="sp-label" id={id}>
        {label}
        <span className="act-score-word">{value !== undefined ? ` · ${word(value)}` : ' · not scored'}</span>
      </span>
      <div className="sp-segmented act-scores" role="group" aria-labelledby={id}>
        {SCORES.map((s) => (
          <button
            key={s}
            type="button"
            className={`sp-segment${value === s ? ' is-active' : ''}`}
            aria-pressed={value === s}
            aria-label={`${label} ${s}: ${word(s)}`}
            title={value === s ? `${word(s)} (click again to clear)` : word(s)}
            disabled={disabled}
            onClick={() => onChange(value === s ? undefined : s)}
          >
            {s}
          </button>
        ))}
      </div>
    </div>
  );
}
