import { Icon } from '../../ui/Icon';
import { useFacilitation, useFacilitationActions } from './useFacilitation';

/** Locks the stages and lanes so nobody reorders or deletes them by accident. */
export function StructureLockControl() {
  const locked = useFacilitation((f) => f.structureLocked);
  const actions = useFacilitationActions();
  return (
    <section className="fac-section" aria-label="Locks">
      <label
        className="fac-switch"
        title="Stages and lanes cannot be added, renamed, moved, hidden or deleted. Cards stay free."
      >
        <input
          type="checkbox"
          checked={locked}
          onChange={(e) => actions.setStructureLocked(e.target.checked)}
        />
        <Icon name={locked ? 'lock' : 'unlock'} size={14} />
        Lock structure
      </label>
      <p className="fac-hint">Lock single cards from their side panel.</p>
    </section>
  );
}
