import type { Readout } from '../../../model/history';
import { formatClock, READOUT_SECTIONS } from './readoutSections';

/**
 * Each vote's cards, most votes first, with a bar as long as its share of the top card's count.
 * The words are READOUT_SECTIONS.votes's lines (what the PDF and the Markdown say); the bars only
 * make the ranking quick to read.
 */
export function VoteResultsView({ readout }: { readout: Readout }) {
  return readout.votes.map((vote) => {
    const [heading] = READOUT_SECTIONS.votes.lines({ ...readout, votes: [vote] }, formatClock);
    const top = Math.max(1, ...vote.ranking.map((c) => c.count));
    return (
      <div key={vote.voteId} className="readout-vote" data-testid="readout-vote">
        <p className="readout-vote-heading">{heading?.text}</p>
        {vote.ranking.length === 0 ? (
          <p className="readout-empty">No votes were cast.</p>
        ) : (
          <ol className="readout-ranking">
            {vote.ranking.map((card) => (
              <li key={card.touchpointId} className="readout-rank" data-testid="readout-rank">
                <span className="readout-rank-title">{card.title.trim() || 'Untitled'}</span>
                <span className="readout-bar" aria-hidden="true">
                  <span className="readout-bar-fill" style={{ width: `${(100 * card.count) / top}%` }} />
                </span>
                <span className="readout-rank-count">
                  {card.count} {card.count === 1 ? 'vote' : 'votes'}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  });
}
