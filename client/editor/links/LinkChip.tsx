import './links.css';
import { clampEmotion, emotionColor, type MapLinkHolder, type MapRollup } from '../../../model';
import { EmotionFace } from '../../ui/EmotionFace';
import { openChildMap } from '../actions/linkActions';
import { useSession } from '../EditorContext';
import { childLinkIn, useLinksStore } from './linksStore';
import { emotionSummary, rollupFigures } from './rollupFigures';

interface LinkChipProps {
  readonly holder: MapLinkHolder;
  readonly holderId: string;
  readonly childMapId: string;
}

/**
 * On a card or a stage header with a linked journey: "↳ Child title" (opens the child map) and the
 * child's roll-up in a line: average emotion, hub load, open / overdue actions, unowned cards.
 * A child the viewer may not open says so and shows nothing of it; a deleted one says that.
 */
export function LinkChip({ holder, holderId, childMapId }: LinkChipProps) {
  const { mapId } = useSession();
  const link = useLinksStore((s) => childLinkIn(s, mapId, holder, holderId, childMapId));
  if (link !== 'loading' && link !== 'unknown' && link.access !== 'ok') {
    const missing = link.access === 'missing';
    return (
      <div className="link-chip-row" data-testid="link-chip" data-access={link.access}>
        <span className={`link-chip is-${link.access}`}>
          {missing ? 'Linked map was deleted' : '↳ Linked journey (no access)'}
        </span>
      </div>
    );
  }
  const ok = typeof link === 'object' ? link : null;
  const title = ok?.title || 'Linked journey';
  return (
    <div className="link-chip-row" data-testid="link-chip" data-access={ok ? 'ok' : 'loading'}>
      <button
        type="button"
        className="link-chip nodrag"
        title={`Open the linked journey “${title}” (Shift+Enter)`}
        aria-label={`Open linked journey ${title}`}
        onClick={(e) => {
          e.stopPropagation();
          openChildMap(childMapId);
        }}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        <span aria-hidden="true">↳</span> <span className="link-chip-title">{title}</span>
      </button>
      {ok?.rollup && <CompactRollup rollup={ok.rollup} />}
    </div>
  );
}

/** The card's roll-up: the emotion dot and the figures that need attention. */
function CompactRollup({ rollup }: { rollup: MapRollup }) {
  const avg = rollup.averageEmotion;
  const figures = rollupFigures(rollup, true);
  return (
    <span
      className="link-rollup"
      data-testid="link-rollup"
      title={[
        `Average emotion: ${emotionSummary(rollup)}`,
        ...rollupFigures(rollup, false).map((f) => `${f.label}: ${f.value}`),
      ].join('\n')}
    >
      {avg !== null && (
        // The face in the emotion's colour; the score is in its name and the tooltip (the panel shows it).
        <span
          className="link-rollup-emotion"
          role="img"
          style={{ ['--emotion' as string]: emotionColor(avg) }}
          aria-label={`Average emotion ${emotionSummary(rollup)}`}
        >
          <EmotionFace emotion={clampEmotion(avg)} size={12} />
        </span>
      )}
      {figures.length > 0 && (
        <span className="link-rollup-figures">
          {figures.map((f, i) => (
            <span key={f.key} className={`link-rollup-figure tone-${f.tone}`}>
              {i > 0 && ' · '}
              {f.short}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
