import { useEditor } from '../EditorContext';
import { useFacilitation } from './useFacilitation';

/** The revealed vote: cards ranked by dots; who gave them, unless the vote was anonymous. */
export function VoteResults() {
  const vote = useFacilitation((f) => f.vote);
  const touchpoints = useEditor((s) => s.map?.touchpoints);
  const stages = useEditor((s) => s.map?.stages);
  if (!vote || !touchpoints || !stages) return null;
  const { anonymous } = vote.session;
  const voters = vote.voters.length;

  return (
    <div className="vote-results" data-testid="vote-results">
      <h3 className="fac-section-title">Vote results</h3>
      <p className="fac-hint">
        {voters} {voters === 1 ? 'person' : 'people'} voted · {vote.session.votesPerPerson} dots each
        {anonymous ? ' · anonymous' : ''}
      </p>
      {vote.totals.length === 0 && <p className="fac-hint">No votes were placed.</p>}
      <ol className="vote-ranking">
        {vote.totals.map((t, i) => {
          const tp = touchpoints.find((c) => c.id === t.touchpointId);
          const stage = stages.find((s) => s.id === tp?.stageId);
          const by = anonymous
            ? []
            : vote.ballots
                .filter((b) => b.touchpointId === t.touchpointId)
                .map((b) => `${b.userName || 'Someone'}${b.count > 1 ? ` ×${b.count}` : ''}`);
          return (
            <li
              key={t.touchpointId}
              className="vote-result"
              data-testid="vote-result"
              data-touchpoint-id={t.touchpointId}
              data-count={t.count}
            >
              <span className="vote-rank">{i + 1}</span>
              <span className="vote-result-main">
                <span className="vote-result-title">{tp?.title || 'Untitled touchpoint'}</span>
                <span className="vote-result-meta">
                  {stage?.name ?? ''}
                  {by.length > 0 && ` · ${by.join(', ')}`}
                </span>
              </span>
              <span
                className="vote-result-count"
                aria-label={`${t.count} ${t.count === 1 ? 'vote' : 'votes'}`}
              >
                {t.count}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
