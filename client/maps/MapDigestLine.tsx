import { isoDay, type MapDigest } from '../../model';
import { digestFigures, healthBand } from './mapDigestFigures';

/** A map's digest on its row: the health badge, then actions, owners and data freshness. */
export function MapDigestLine({ digest, now }: { digest: MapDigest; now: number }) {
  const { score, next } = digest.health;
  const figures = digestFigures(digest, isoDay(now));
  return (
    <div className="map-row-digest" data-testid="map-digest">
      <span
        className={`health-badge health-${healthBand(score)}`}
        title={next ? `Next: ${next}` : 'In full health'}
        aria-label={`Health ${score} of 100${next ? `. Next: ${next}` : ''}`}
      >
        Health {score}
      </span>
      <span className="map-row-figures">
        {figures.map((f) => (
          <span key={f.key} className={`map-figure map-figure-${f.tone}`}>
            {f.text}
          </span>
        ))}
      </span>
      {next && (
        <span className="map-row-next" aria-hidden="true">
          Next: {next}
        </span>
      )}
    </div>
  );
}
