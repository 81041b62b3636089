import { useId, useMemo } from 'react';
import { ACTION_TOUCHPOINTS_MAX } from '../../../model';
import { useEditor } from '../EditorContext';

/** The touchpoints an action addresses: the map's cards, stage by stage, each a checkbox. */
export function TouchpointsPicker({
  value,
  disabled,
  onChange,
}: {
  value: readonly string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  const id = useId();
  const stages = useEditor((s) => s.map?.stages);
  const touchpoints = useEditor((s) => s.map?.touchpoints);
  const groups = useMemo(
    () =>
      (stages ?? [])
        .map((st) => ({ stage: st, cards: (touchpoints ?? []).filter((t) => t.stageId === st.id) }))
        .filter((g) => g.cards.length > 0),
    [stages, touchpoints],
  );
  const picked = new Set(value);
  const toggle = (tpId: string) =>
    onChange(
      picked.has(tpId) ? value.filter((v) => v !== tpId) : [...value, tpId].slice(0, ACTION_TOUCHPOINTS_MAX),
    );
  return (
    <fieldset className="sp-field act-touchpoints" aria-describedby={`${id}-hint`}>
      <legend className="sp-label">
        Touchpoints addressed{value.length > 0 ? ` · ${value.length}` : ''}
      </legend>
      {groups.length === 0 ? (
        <p className="sp-hint" id={`${id}-hint`}>
          The map has no touchpoints yet.
        </p>
      ) : (
        <div className="act-tp-list" id={`${id}-hint`}>
          {groups.map(({ stage, cards }) => (
            <div key={stage.id} className="act-tp-group">
              <span className="act-tp-stage">{stage.name || 'Untitled stage'}</span>
              {cards.map((t) => (
                <label key={t.id} className="act-tp-option">
                  <input
                    type="checkbox"
                    checked={picked.has(t.id)}
                    disabled={disabled}
                    onChange={() => toggle(t.id)}
                  />
                  <span>{t.title || 'Untitled touchpoint'}</span>
                </label>
              ))}
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
