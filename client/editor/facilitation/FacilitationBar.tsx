import './facilitation.css';
import './vote.css';
import { useEffect } from 'react';
import { FacilitatorChip } from './FacilitatorChip';
import { FrozenPill } from './FrozenPill';
import { syncServerClock } from './serverClock';
import { TimerPill } from './TimerPill';
import { useClaimOnCreate } from './useClaimOnCreate';
import { VoteStatus } from './VoteStatus';
import { WorkshopMenu } from './WorkshopMenu';

/**
 * The workshop in the header: the shared timer, the dot vote, who facilitates, and (for everyone
 * but the seat holder, whose "Facilitate" menu has it) the workshop's record.
 */
export function FacilitationBar() {
  useClaimOnCreate();
  useEffect(() => {
    void syncServerClock();
  }, []);
  return (
    <div className="facilitation-bar" role="group" aria-label="Facilitation">
      <FrozenPill />
      <TimerPill />
      <VoteStatus />
      <FacilitatorChip />
      <WorkshopMenu />
    </div>
  );
}
