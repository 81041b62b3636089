import { useId, useState } from 'react';
import { MAX_VOTES_PER_PERSON } from '../../../model';
import { useFacilitation, useFacilitationActions } from './useFacilitation';

/** Starts a dot vote (dots per person, anonymous or not), reveals the results, ends it. */
export function VoteControls() {
  const status = useFacilitation((f) => f.vote?.session.status ?? null);
  const voters = useFacilitation((f) => f.vote?.voters.length ?? 0);
  const actions = useFacilitationActions();
  const [dots, setDots] = useState('3');
  const [anonymous, setAnonymous] = useState(false);
  const dotsId = useId();
  const n = Number(dots);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_VOTES_PER_PERSON;

  return (
    <section className="fac-section" aria-label="Dot vote">
      <h3 className="fac-section-title">Dot vote</h3>
      {status === null && (
        <>
          <div className="fac-row">
            <label className="fac-field-label" htmlFor={dotsId}>
              Votes per person
            </label>
            <input
              id={dotsId}
              className="input fac-number"
              type="number"
              min={1}
              max={MAX_VOTES_PER_PERSON}
              value={dots}
              onChange={(e) => setDots(e.target.value)}
            />
          </div>
          <label className="fac-switch">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            Anonymous (results show totals only)
          </label>
          <button
            type="button"
            className="btn btn-sm btn-primary"
            disabled={!valid}
            onClick={() => actions.startVote(n, anonymous)}
          >
            Start vote
          </button>
        </>
      )}
      {status !== null && (
        <>
          <p className="fac-hint" data-testid="vote-progress">
            {status === 'open' ? 'Voting is open' : 'Results are revealed'} · {voters}{' '}
            {voters === 1 ? 'person has' : 'people have'} voted
          </p>
          <div className="fac-row">
            {status === 'open' && (
              <button type="button" className="btn btn-sm btn-primary" onClick={() => actions.revealVotes()}>
                Reveal results
              </button>
            )}
            <button
              type="button"
              className="btn btn-sm"
              title="Close the vote; its results are kept for the readout and the history"
              onClick={() => actions.endVote()}
            >
              End vote
            </button>
          </div>
        </>
      )}
    </section>
  );
}
