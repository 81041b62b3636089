import type { Stage } from '../../../model';

interface StageDeleteChoiceProps {
  /** The radio group's name, unique per dialog. */
  name: string;
  mode: 'move' | 'delete';
  onMode: (mode: 'move' | 'delete') => void;
  /** The stages the cards may move to (the deleted one excluded). */
  stages: readonly Stage[];
  target: string | undefined;
  onTarget: (id: string) => void;
}

/** "Move them to <stage>" (default) or "Delete them too". */
export function StageDeleteChoice({ name, mode, onMode, stages, target, onTarget }: StageDeleteChoiceProps) {
  return (
    <fieldset className="sdd-choices">
      <legend className="visually-hidden">What happens to its touchpoints and notes</legend>
      <label className={`sdd-choice${mode === 'move' ? ' is-active' : ''}`}>
        <input
          type="radio"
          name={name}
          value="move"
          checked={mode === 'move'}
          onChange={() => onMode('move')}
        />
        <span className="sdd-choice-text">
          Move them to
          <select
            className="input sdd-target"
            aria-label="Stage to move them to"
            value={target}
            onChange={(e) => {
              onTarget(e.target.value);
              onMode('move');
            }}
          >
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name || 'Untitled stage'}
              </option>
            ))}
          </select>
        </span>
      </label>
      <label className={`sdd-choice${mode === 'delete' ? ' is-active' : ''}`}>
        <input
          type="radio"
          name={name}
          value="delete"
          checked={mode === 'delete'}
          onChange={() => onMode('delete')}
        />
        <span className="sdd-choice-text">Delete them too</span>
      </label>
    </fieldset>
  );
}
