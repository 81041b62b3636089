import { LANE_KIND_TRAITS, type Lane, type LaneKindTraits } from '../records/lane';
import type { Touchpoint } from '../records/touchpoint';

/** Each lane's traits by lane id, once per lanes list (a snapshot keeps the list while lanes are unchanged). */
const traitsByList = new WeakMap<readonly Lane[], ReadonlyMap<string, LaneKindTraits>>();

/** The traits of the lane a card sits in (undefined for a lane the map does not have). */
export function cardLaneTraits(
  lanes: readonly Lane[],
  card: Pick<Touchpoint, 'laneId'>,
): LaneKindTraits | undefined {
  let byId = traitsByList.get(lanes);
  if (!byId) {
    byId = new Map(lanes.map((l) => [l.id, LANE_KIND_TRAITS[l.kind]]));
    traitsByList.set(lanes, byId);
  }
  return byId.get(card.laneId);
}

/**
 * The card sits in a lane whose cards need exactly one owner (the Touchpoints lane, see
 * `LANE_KIND_TRAITS`). A backstage process or a customer's own action is not a touchpoint a team
 * answers for, so flagging it "No owner" only adds noise to the count the workshop works down.
 */
export function needsOwner(lanes: readonly Lane[], card: Pick<Touchpoint, 'laneId'>): boolean {
  return cardLaneTraits(lanes, card)?.needsOwner === true;
}

/** Needs an owner and has none (blank counts as none): flagged on the card and counted. */
export function isUnowned(lanes: readonly Lane[], card: Pick<Touchpoint, 'laneId' | 'owner'>): boolean {
  return card.owner.trim() === '' && needsOwner(lanes, card);
}

/** The card is a front-stage touchpoint whose score is on the emotion curve (see `LANE_KIND_TRAITS`). */
export function isOnCurve(lanes: readonly Lane[], card: Pick<Touchpoint, 'laneId'>): boolean {
  return cardLaneTraits(lanes, card)?.onCurve === true;
}
