import { useState } from 'react';
import type { VoteResultSummary } from '../../../model/history';
import { useEditor } from '../EditorContext';

/** Cards shown per vote before "Show all". */
const TOP = 5;

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The votes that ended on this map, newest first: kept as records when the facilitator ends a vote,
 * so the ranking outlives the workshop (the readout lists and downloads them too).
 */
export function VoteResultsList() {
  const results = useEditor((s) => s.voteResults);
  if (results.length === 0) return null;
  return (
    <section className="history-votes" aria-label="Vote results">
      <h3 className="history-votes-title">Vote results</h3>
      <ul className="history-votes-list">
        {[...results].reverse().map((r) => (
          <VoteResult key={r.voteId} result={r} />
        ))}
      </ul>
    </section>
  );
}

function VoteResult({ result }: { result: VoteResultSummary }) {
  const [all, setAll] = useState(false);
  const shown = all ? result.ranking : result.ranking.slice(0, TOP);
  const people = `${result.voters} ${result.voters === 1 ? 'voter' : 'voters'}`;
  return (
    <li className="history-vote">
      <p className="history-vote-meta">
        {when.format(Date.parse(result.endedAt))} · {people} · {result.votesPerPerson} dots each
        {result.anonymous ? ' · anonymous' : ''}
      </p>
      {result.ranking.length === 0 ? (
        <p className="sp-empty">Nobody voted.</p>
      ) : (
        <ol className="history-vote-ranking">
          {shown.map((line, i) => (
            <li key={line.touchpointId}>
              <span className="history-vote-rank">{i + 1}.</span>
              <span className="history-vote-card">{line.title.trim() || 'Untitled'}</span>
              <span className="history-vote-count">
                {line.count} {line.count === 1 ? 'vote' : 'votes'}
              </span>
            </li>
          ))}
        </ol>
      )}
      {result.ranking.length > TOP && (
        <button type="button" className="btn-link history-vote-more" onClick={() => setAll(!all)}>
          {all ? 'Show the top 5' : `Show all ${result.ranking.length}`}
        </button>
      )}
    </li>
  );
}
