import type { MouseEvent } from 'react';
import { totalOn, votesOn } from '../../../model';
import { useFacilitation, useFacilitationActions, useMe } from './useFacilitation';
import { useCanEdit } from '../access/useAccess';

/**
 * A card's part in the dot vote. While voting is open the whole card is a "vote" button (Alt- or
 * Shift-click takes a dot back) and shows my dots with a "−"; once revealed it shows the total.
 */
export function VoteBadge({ touchpointId, title }: { touchpointId: string; title: string }) {
  const me = useMe().userId;
  const status = useFacilitation((f) => f.vote?.session.status ?? null);
  const mine = useFacilitation((f) => (f.vote ? votesOn(f.vote, me, touchpointId) : 0));
  const total = useFacilitation((f) => (f.vote ? totalOn(f.vote, touchpointId) : 0));
  const actions = useFacilitationActions();
  const canEdit = useCanEdit();
  const name = title || 'Untitled touchpoint';

  if (status === 'revealed') {
    return total > 0 ? (
      <span
        className="vote-total"
        data-testid="vote-total"
        data-count={total}
        title={`${total} ${total === 1 ? 'vote' : 'votes'}`}
      >
        {total}
      </span>
    ) : null;
  }
  // Voting writes the map doc: commenters and viewers see the results, not the ballot.
  if (status !== 'open' || !canEdit) return null;
  // The card's own click selects it; while voting, a click is a vote and must not reach React Flow.
  const vote = (e: MouseEvent) => {
    e.stopPropagation();
    if (e.altKey || e.shiftKey) actions.retractVote(touchpointId);
    else actions.castVote(touchpointId);
  };
  return (
    <>
      <button
        type="button"
        className="vote-target nodrag nopan"
        aria-label={`Vote for ${name}`}
        onClick={vote}
      />
      {mine > 0 && (
        <span className="vote-mine" data-testid="vote-badge" data-my-votes={mine}>
          <span className="vote-dots" aria-label={`Your votes: ${mine}`}>
            {'●'.repeat(Math.min(mine, 10))}
          </span>
          <button
            type="button"
            className="vote-retract nodrag nopan"
            aria-label={`Take back a vote from ${name}`}
            onClick={(e) => {
              e.stopPropagation();
              actions.retractVote(touchpointId);
            }}
          >
            −
          </button>
        </span>
      )}
    </>
  );
}
