import { ageLabel, daysBetween, type MapDigest } from '../../model';

export type FigureTone = 'plain' | 'muted' | 'warning' | 'danger';

/** One figure of a map's digest on the maps page ("3 open actions", "1 overdue"). */
export interface DigestFigure {
  readonly key: string;
  readonly text: string;
  readonly tone: FigureTone;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The digest as short figures, in reading order: actions (open, overdue), unowned touchpoints and
 * data freshness ("data 12 d old", "3 stale", "no data"). Figures with nothing to say are left out,
 * except actions and freshness, which always say where the map stands.
 */
export function digestFigures(digest: MapDigest, today: string): DigestFigure[] {
  const out: DigestFigure[] = [
    digest.openActions === 0
      ? { key: 'open', text: 'No open actions', tone: 'muted' }
      : { key: 'open', text: plural(digest.openActions, 'open action', 'open actions'), tone: 'plain' },
  ];
  if (digest.overdueActions > 0)
    out.push({ key: 'overdue', text: `${digest.overdueActions} overdue`, tone: 'danger' });
  if (digest.unownedTouchpoints > 0) {
    const text = plural(digest.unownedTouchpoints, 'unowned touchpoint', 'unowned touchpoints');
    out.push({ key: 'unowned', text, tone: 'warning' });
  }
  const { latestDate, staleTouchpoints, measuredTouchpoints } = digest.freshness;
  if (measuredTouchpoints === 0 || latestDate === null) {
    out.push({ key: 'data', text: 'no data', tone: 'muted' });
  } else {
    const age = daysBetween(latestDate, today);
    out.push({
      key: 'data',
      text: age <= 0 ? 'data from today' : `data ${ageLabel(age)} old`,
      tone: 'plain',
    });
    if (staleTouchpoints > 0) out.push({ key: 'stale', text: `${staleTouchpoints} stale`, tone: 'warning' });
  }
  return out;
}

export type HealthBand = 'good' | 'fair' | 'poor';

/** Score bands for the badge colour: 80 and up good, 50 and up fair, below poor. */
const HEALTH_BANDS: ReadonlyArray<{ readonly min: number; readonly band: HealthBand }> = [
  { min: 80, band: 'good' },
  { min: 50, band: 'fair' },
  { min: 0, band: 'poor' },
];

export function healthBand(score: number): HealthBand {
  return HEALTH_BANDS.find((b) => score >= b.min)?.band ?? 'poor';
}
