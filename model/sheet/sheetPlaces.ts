import type { JourneyMap } from '../journeyMap';
import { CARD_LANE_KINDS, LANE_KIND_TRAITS, type Lane } from '../records/lane';
import { headerKey } from './sheetTable';

/** How a row names a stage: an existing one (by id), or one the import creates. */
export type StagePlace = { readonly id: string } | { readonly newName: string };

/** The same name, loosely: case, spaces and accents do not make a new stage. */
export const placeKey = (name: string): string => headerKey(name) || name.trim();

/**
 * Finds stages and lanes by the names people see. Stages are live stages (first of equal names
 * wins); a name no stage has becomes a new stage, listed once in the order rows name them. Lanes are
 * the map's card lanes, by label or by their kind's name.
 */
export function createPlaces(map: JourneyMap) {
  const stages = new Map<string, string>();
  for (const s of map.stages) if (!stages.has(placeKey(s.name))) stages.set(placeKey(s.name), s.id);
  const newStages = new Map<string, string>();
  const lanes = new Map<string, Lane>();
  for (const lane of map.lanes)
    for (const name of [lane.label, LANE_KIND_TRAITS[lane.kind].label])
      if (name.trim() && !lanes.has(placeKey(name))) lanes.set(placeKey(name), lane);
  return {
    /** The id of the stage of that name, if the map has one. */
    stageId: (name: string): string | undefined => stages.get(placeKey(name)),
    /** The stage of that name, or a new one the import will create (listed once). */
    stage(name: string): StagePlace {
      const id = stages.get(placeKey(name));
      if (id) return { id };
      const key = placeKey(name);
      if (!newStages.has(key)) newStages.set(key, name.trim());
      return { newName: newStages.get(key)! };
    },
    /** The new stage names, in the order rows first named them. */
    newStages: (): string[] => [...newStages.values()],
    /** A card lane's id, or why the name names none. */
    lane(name: string): { readonly id: string } | { readonly problem: string } {
      const lane = lanes.get(placeKey(name));
      if (!lane) return { problem: `'${name}' is not a lane of this map` };
      if (!CARD_LANE_KINDS.has(lane.kind)) return { problem: `the ${name} lane holds no cards` };
      return { id: lane.id };
    },
  };
}
