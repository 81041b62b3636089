import { Icon } from '../../ui/Icon';
import { LOCK_TOOLTIP } from './CardLockIcon';
import { useFacilitationActions, useIsFacilitator } from './useFacilitation';

/**
 * In a card's side panel: the facilitator locks or unlocks it; everyone else sees that it is locked
 * and what that means.
 */
export function CardLockToggle({ id, locked }: { id: string; locked: boolean }) {
  const facilitator = useIsFacilitator();
  const actions = useFacilitationActions();
  if (facilitator) {
    return (
      <section className="sp-section">
        <label className="fac-switch" title={LOCK_TOOLTIP}>
          <input
            type="checkbox"
            checked={locked}
            onChange={(e) => actions.setCardLocked(id, e.target.checked)}
          />
          <Icon name={locked ? 'lock' : 'unlock'} size={14} />
          Lock card
        </label>
        <p className="sp-hint">Nobody can move or delete a locked card. Its content stays editable.</p>
      </section>
    );
  }
  if (!locked) return null;
  return (
    <section className="sp-section">
      <p className="sp-hint card-lock-note" data-testid="card-locked-note">
        <Icon name="lock" size={12} /> {LOCK_TOOLTIP}
      </p>
    </section>
  );
}
