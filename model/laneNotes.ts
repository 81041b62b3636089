import { CARD_LANE_KINDS, LANE_KIND_TRAITS, LANE_KINDS, type Lane, type LaneKind } from './records/lane';

/**
 * The names of this map's visible lanes of the kinds `test` picks (as renamed on the map); with
 * `fallback`, the kinds' own names when the map shows none of them.
 */
function laneNames(lanes: readonly Lane[], test: (kind: LaneKind) => boolean, fallback = true): string[] {
  const named = lanes
    .filter((l) => l.visible && test(l.kind))
    .map((l) => l.label.trim() || LANE_KIND_TRAITS[l.kind].label);
  const names =
    named.length > 0 || !fallback ? named : LANE_KINDS.filter(test).map((k) => LANE_KIND_TRAITS[k].label);
  return [...new Set(names)];
}

/** "a", "a and b", "a, b and c". */
function listed(names: readonly string[]): string {
  const last = names.at(-1) ?? '';
  return names.length < 2 ? last : `${names.slice(0, -1).join(', ')} and ${last}`;
}

/**
 * The legend's line on which lanes the emotion curve goes through (`LANE_KIND_TRAITS.onCurve`) and
 * which card lanes it leaves out, with the lanes named as on this map: a reader who sees a backstage
 * card with -2 and no dip under it learns why.
 */
export function curveLanesNote(lanes: readonly Lane[]): string {
  const on = laneNames(lanes, (k) => LANE_KIND_TRAITS[k].onCurve);
  const off = laneNames(lanes, (k) => CARD_LANE_KINDS.has(k) && !LANE_KIND_TRAITS[k].onCurve, false);
  const through = `The curve goes through the cards in ${listed(on)} (front stage)`;
  return off.length > 0 ? `${through}; ${listed(off)} cards are left out.` : `${through}.`;
}

/** The lanes whose cards need an owner, named as on this map: "Touchpoints". */
export function ownerLanesLabel(lanes: readonly Lane[]): string {
  return listed(laneNames(lanes, (k) => LANE_KIND_TRAITS[k].needsOwner));
}
