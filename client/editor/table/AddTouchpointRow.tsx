import { useState } from 'react';
import * as model from '../../../model';
import { useEditorActions } from '../useEditorActions';

/** "+ Touchpoint" with its stage and lane chosen first: the editor action adds it (one undo step). */
export function AddTouchpointRow({ map, onAdded }: { map: model.JourneyMap; onAdded: (id: string) => void }) {
  const actions = useEditorActions();
  const lanes = map.lanes.filter((l) => l.visible && model.CARD_LANE_KINDS.has(l.kind as never));
  const [stageId, setStageId] = useState('');
  const [laneId, setLaneId] = useState('');
  const stage = map.stages.find((s) => s.id === stageId) ?? map.stages[0];
  // Until one is chosen: the lane a new card goes to anywhere else (the first Touchpoints lane).
  const lane =
    lanes.find((l) => l.id === laneId) ??
    lanes.find((l) => l.kind === model.DEFAULT_CARD_LANE_KIND) ??
    lanes[0];
  return (
    <form
      className="table-add"
      aria-label="Add a touchpoint"
      onSubmit={(e) => {
        e.preventDefault();
        const id = stage && actions.addTouchpoint({ stageId: stage.id, laneId: lane?.id });
        if (id) onAdded(id);
      }}
    >
      <label>
        <span aria-hidden="true">Stage</span>
        <select
          aria-label="Stage of the new touchpoint"
          value={stage?.id ?? ''}
          onChange={(e) => setStageId(e.target.value)}
        >
          {map.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span aria-hidden="true">Lane</span>
        <select
          aria-label="Lane of the new touchpoint"
          value={lane?.id ?? ''}
          onChange={(e) => setLaneId(e.target.value)}
        >
          {lanes.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn btn-sm" disabled={!stage}>
        + Touchpoint
      </button>
    </form>
  );
}
