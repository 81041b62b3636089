import { Icon } from '../../ui/Icon';
import { useFacilitation, useFacilitationActions } from './useFacilitation';

/**
 * Freezes the whole map: everyone but the facilitator becomes view-only, and the server refuses
 * their changes. Stronger than "Lock structure", which still lets cards be moved and deleted.
 */
export function FreezeControl() {
  const frozen = useFacilitation((f) => f.frozen !== null);
  const actions = useFacilitationActions();
  return (
    <section className="fac-section" aria-label="Freeze">
      <label className="fac-switch" title="Only you can change the map until you unfreeze it.">
        <input
          type="checkbox"
          checked={frozen}
          data-testid="freeze-switch"
          onChange={(e) => actions.setFrozen(e.target.checked)}
        />
        <Icon name="lock" size={14} />
        Freeze map
      </label>
      <p className="fac-hint">Everyone else can look but not change anything.</p>
    </section>
  );
}
