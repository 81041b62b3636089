import { useRef, useState } from 'react';
import { votesLeft } from '../../../model';
import { Popover } from './Popover';
import { useFacilitation, useMe } from './useFacilitation';
import { VoteResults } from './VoteResults';

/**
 * The dot vote in the header: while open, how many of my dots are left; once revealed, the
 * "Results" button (the results open by themselves the moment they are revealed).
 */
export function VoteStatus() {
  const me = useMe().userId;
  const voteId = useFacilitation((f) => f.vote?.session.id ?? null);
  const status = useFacilitation((f) => f.vote?.session.status ?? null);
  const perPerson = useFacilitation((f) => f.vote?.session.votesPerPerson ?? 0);
  const left = useFacilitation((f) => (f.vote ? votesLeft(f.vote, me) : 0));
  const button = useRef<HTMLButtonElement>(null);
  // Which revealed vote the results are shown (or were closed) for: a new reveal opens them again.
  const [shownFor, setShownFor] = useState<{ voteId: string; open: boolean } | null>(null);
  const open = status === 'revealed' && (shownFor?.voteId !== voteId || shownFor.open);

  if (status === null || voteId === null) return null;
  if (status === 'open') {
    return (
      <span
        className={`vote-pill${left === 0 ? ' is-done' : ''}`}
        data-testid="vote-status"
        data-left={left}
        title="Click cards to place your dots. Alt- or Shift-click a card (or its −) takes one back."
      >
        <span className="vote-pill-dot" aria-hidden="true" />
        Vote: {left} of {perPerson} left
      </span>
    );
  }
  return (
    <span className="fac-menu-anchor">
      <button
        ref={button}
        type="button"
        className={`btn btn-sm vote-results-btn${open ? ' is-active' : ''}`}
        aria-expanded={open}
        onClick={() => setShownFor({ voteId, open: !open })}
      >
        Results
      </button>
      {open && (
        <Popover
          label="Vote results"
          onClose={() => setShownFor({ voteId, open: false })}
          anchor={button}
          className="vote-results-popover"
        >
          <VoteResults />
        </Popover>
      )}
    </span>
  );
}
