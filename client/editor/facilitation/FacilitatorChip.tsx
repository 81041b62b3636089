import { Icon } from '../../ui/Icon';
import { FacilitateMenu } from './FacilitateMenu';
import { useFacilitation, useFacilitationActions, useMe } from './useFacilitation';
import { useHolderAway } from './useHolderAway';
import { useRole } from '../access/useAccess';

/**
 * Who holds the facilitator seat, for everyone. A free seat (empty, or its holder left) can be
 * taken; the holder gets the "Facilitate" menu with the tools.
 */
export function FacilitatorChip() {
  const facilitator = useFacilitation((f) => f.facilitator);
  const me = useMe();
  const away = useHolderAway();
  const actions = useFacilitationActions();
  const mine = facilitator?.userId === me.userId;
  // Commenters and viewers watch the workshop; only editors can run it. A frozen map still lets an
  // editor take a free seat (the server allows it too), or nobody could thaw it once its holder left.
  const canEdit = useRole() === 'editor';

  if (!facilitator) {
    if (!canEdit) return null;
    return (
      <span className="fac-chip is-empty" data-testid="facilitator-chip" data-holder="">
        <span className="fac-chip-label">No facilitator</span>
        <button
          type="button"
          className="btn btn-sm"
          aria-label="Take the facilitator seat"
          title="Run this workshop: timer, dot voting and locks"
          onClick={() => actions.claimSeat()}
        >
          Take the seat
        </button>
      </span>
    );
  }
  return (
    <span
      className={`fac-chip${mine ? ' is-mine' : ''}`}
      data-testid="facilitator-chip"
      data-holder={facilitator.userId}
    >
      <span
        className="fac-chip-label"
        title={mine ? 'You hold the facilitator seat' : `${facilitator.name} runs this workshop`}
      >
        <Icon name="check" size={12} className="fac-chip-icon" />
        Facilitator: {facilitator.name}
        {mine ? ' (you)' : away ? ' (away)' : ''}
      </span>
      {away && canEdit && (
        <button
          type="button"
          className="btn btn-sm"
          aria-label="Take the facilitator seat"
          title={`${facilitator.name} has left the map`}
          onClick={() => actions.claimSeat(true)}
        >
          Take the seat
        </button>
      )}
      {mine && <FacilitateMenu />}
    </span>
  );
}
