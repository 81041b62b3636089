import { z } from 'zod';
import { newId } from '../ids';

/** The rows of a map. Touchpoints and emotions are required; the rest are optional. */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'backstage',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  actions: 'Customer actions',
  touchpoints: 'Touchpoints',
  thoughts: 'Thoughts & quotes',
  emotions: 'Emotions',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  backstage: 'Backstage',
};

/** Lanes that hold touchpoint cards (the others hold the curve or notes). */
export const CARD_LANE_KINDS: ReadonlySet<LaneKind> = new Set(['actions', 'touchpoints', 'thoughts', 'backstage']);
/** Lanes every map must keep. */
export const REQUIRED_LANE_KINDS: readonly LaneKind[] = ['touchpoints', 'emotions'];

export const laneSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(LANE_KINDS),
  label: z.string().max(120),
  /** Fractional-index key (see stage.order). */
  order: z.string().min(1).max(200),
  visible: z.boolean(),
});
export type Lane = Readonly<z.infer<typeof laneSchema>>;

export function newLaneId(): string {
  return newId('lane');
}
