import './cardFigures.css';
import { TREND_ARROWS } from '../../insights/vocText';
import type { CardFigures as Figures } from '../projection/cardFigures';

const TREND_WORDS = { up: 'up', down: 'down', flat: 'steady' } as const;

/**
 * A card's small figures, only when known: a hub's ledger line ("4,200/mo · 38% failure") and the
 * latest VoC reading with its trend and age ("CSAT 4.2 ↑ 3 d"), amber and marked stale past the
 * map's threshold; the whole reading (sample, source, date) is in its tooltip.
 */
export function CardFigures({ figures }: { figures: Figures | undefined }) {
  if (!figures) return null;
  const { hub, voc } = figures;
  return (
    <div className="tp-figures">
      {hub && (
        <span
          className="tp-hub-figures"
          data-testid="hub-figures"
          title="Contacts a month routed in; failure demand share"
        >
          {hub}
        </span>
      )}
      {voc && (
        <span
          className={`tp-voc${voc.stale ? ' is-stale' : ''}`}
          data-testid="card-voc"
          data-trend={voc.trend}
          data-stale={voc.stale ? 'true' : 'false'}
          title={voc.title}
          aria-label={`${voc.label}, ${TREND_WORDS[voc.trend]}, ${voc.age}${voc.stale ? ', stale' : ''}`}
        >
          <span className="tp-voc-value">{voc.label}</span>
          <span className="tp-voc-trend" aria-hidden="true">
            {TREND_ARROWS[voc.trend]}
          </span>
          <span className="tp-voc-age">{voc.age}</span>
          {voc.stale && <span className="tp-voc-stale">stale</span>}
        </span>
      )}
    </div>
  );
}
