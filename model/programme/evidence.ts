import type { JourneyMap } from '../journeyMap';
import { DEFAULT_EVIDENCE, type Evidence } from '../records/evidence';
import type { Note } from '../records/note';
import type { Touchpoint } from '../records/touchpoint';

/** Touchpoints that have data: metric points, or a CSAT/NPS figure in their VoC. */
export function measuredTouchpointIds(map: Pick<JourneyMap, 'metrics' | 'touchpoints'>): ReadonlySet<string> {
  const ids = new Set(map.metrics.map((m) => m.touchpointId));
  for (const t of map.touchpoints) if (t.voc?.csat !== undefined || t.voc?.nps !== undefined) ids.add(t.id);
  return ids;
}

/** A card's evidence as shown and scored: a touchpoint with data is measured, whatever is stored. */
export function evidenceOf(
  card: Pick<Touchpoint | Note, 'id' | 'evidence'>,
  measured: ReadonlySet<string>,
): Evidence {
  return measured.has(card.id) ? 'measured' : (card.evidence ?? DEFAULT_EVIDENCE);
}
