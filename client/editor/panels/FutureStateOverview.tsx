import { useMemo } from 'react';
import { FUTURE_STATUS_TRAITS, FUTURE_STATUSES, futureDiff } from '../../../model';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;

/**
 * The map overview's future state (model/future): start it, or what it changes (cards added,
 * changed, removed; the emotion delta per stage) and discard it.
 */
export function FutureStateOverview() {
  const map = useEditor((s) => s.map);
  const canEdit = useCanEdit();
  const actions = useEditorActions();
  const diff = useMemo(() => (map?.settings.futureState ? futureDiff(map) : null), [map]);
  if (!map) return null;
  return (
    <section className="sp-section" data-testid="future-state-overview">
      <h3 className="sp-section-title">Future state</h3>
      {!diff ? (
        <>
          <p className="sp-hint">Sketch the to-be journey on this map: mark cards new, changed or removed.</p>
          {canEdit && (
            <button type="button" className="btn btn-sm" onClick={() => actions.startFutureState()}>
              Start future state
            </button>
          )}
        </>
      ) : (
        <>
          <p className="sp-hint" data-testid="future-counts">
            {FUTURE_STATUSES.map(
              (s) => `${diff.counts[s]} ${FUTURE_STATUS_TRAITS[s].badge.toLowerCase()}`,
            ).join(' · ')}
          </p>
          <ul className="sp-hint" data-testid="future-deltas">
            {diff.stages
              .filter((s) => s.delta !== null && s.delta !== 0)
              .map((s) => (
                <li key={s.stageId}>
                  {s.name || 'Untitled stage'}: emotion {signed(s.delta!)}
                </li>
              ))}
          </ul>
          {canEdit && (
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => {
                if (window.confirm('Discard the future state? Its new cards and every future mark go.'))
                  actions.discardFutureState();
              }}
            >
              Discard future state
            </button>
          )}
        </>
      )}
    </section>
  );
}
