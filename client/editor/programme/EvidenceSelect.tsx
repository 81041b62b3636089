import { useId } from 'react';
import { EVIDENCE_LEVELS, EVIDENCE_TRAITS, measuredTouchpointIds, type Evidence } from '../../../model';
import { useEditor } from '../EditorContext';
import { useCanEdit } from '../access/useAccess';
import { useSettledMap } from '../insights/useSettledMap';
import { useMemo } from 'react';

/**
 * How we know what a touchpoint or pain point says: Assumed / Observed / Measured. A touchpoint with
 * data (metric points, a CSAT or NPS figure) counts as measured whatever is picked (`evidenceOf`);
 * the hint says so and why, and the picked level is kept for when the data goes.
 */
export function EvidenceSelect({
  id,
  value,
  onChange,
}: {
  /** The card's id: a touchpoint's data makes it measured. */
  id: string;
  value: Evidence | undefined;
  onChange: (evidence: Evidence) => void;
}) {
  const labelId = useId();
  const canEdit = useCanEdit();
  const map = useSettledMap();
  const measured = useMemo(() => (map ? measuredTouchpointIds(map) : new Set<string>()), [map]);
  const points = useEditor((s) => s.map?.metrics.filter((m) => m.touchpointId === id).length ?? 0);
  const fromData = measured.has(id);
  const shown: Evidence = fromData ? 'measured' : (value ?? 'assumed');
  const why = fromData
    ? `Measured: ${points > 0 ? `${points} metric point${points === 1 ? '' : 's'}` : 'a CSAT or NPS figure'} on this touchpoint.${
        value && value !== 'measured'
          ? ` Without data it is ${EVIDENCE_TRAITS[value].label.toLowerCase()}.`
          : ''
      }`
    : EVIDENCE_TRAITS[shown].hint;
  return (
    <div className="sp-field" data-testid="evidence-select">
      <span className="sp-label" id={labelId}>
        Evidence
      </span>
      <div
        className="sp-segmented"
        role="group"
        aria-labelledby={labelId}
        aria-describedby={`${labelId}-why`}
      >
        {EVIDENCE_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className={`sp-segment${shown === level ? ' is-active' : ''}`}
            aria-pressed={shown === level}
            disabled={!canEdit || (fromData && level !== 'measured')}
            title={EVIDENCE_TRAITS[level].hint}
            onClick={() => onChange(level)}
          >
            {EVIDENCE_TRAITS[level].badge} {EVIDENCE_TRAITS[level].label}
          </button>
        ))}
      </div>
      <p className="sp-hint" id={`${labelId}-why`} data-testid="evidence-why">
        {why}
      </p>
    </div>
  );
}
