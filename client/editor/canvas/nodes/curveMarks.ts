import { isStaleDate, type CurvePoint } from '../../../../model';
import { agoPhrase, longDate } from '../../insights/vocText';
import { daysBetween } from '../../../../model';

/** How the curve draws one point: measured or guessed, stale or fresh, and its tooltip saying why. */
export interface CurveMark {
  readonly kind: 'guess' | 'measured' | 'stale';
  readonly title: string;
}

/**
 * A point's mark: a guess is hollow, a measured point filled, and a measured point whose data is
 * older than the map's threshold hollow and dashed, its tooltip saying so ("Measured 30 Nov 2026 —
 * 4 months ago: stale, older than 90 days").
 */
export function curveMark(
  point: Pick<CurvePoint, 'measured' | 'date'>,
  today: string,
  staleAfterDays: number,
): CurveMark {
  if (!point.measured) return { kind: 'guess', title: 'Guessed in the workshop' };
  if (point.date === undefined) return { kind: 'measured', title: 'Measured (from the card’s VoC figures)' };
  const when = `${longDate(point.date)} — ${agoPhrase(daysBetween(point.date, today))}`;
  return isStaleDate(point.date, today, staleAfterDays)
    ? { kind: 'stale', title: `Measured ${when}: stale, older than ${staleAfterDays} days` }
    : { kind: 'measured', title: `Measured ${when}` };
}
