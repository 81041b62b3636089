import type { JourneyMap } from '../journeyMap';
import { oncePerSnapshot } from './oncePerSnapshot';

export interface OwnerGroup {
  /** The name as first written on the map (trimmed). */
  readonly owner: string;
  readonly touchpointIds: readonly string[];
}

export interface Ownership {
  /** One group per owner, alphabetical. */
  readonly owners: readonly OwnerGroup[];
  /** Touchpoints with no owner, in map order: flagged so the workshop assigns them (DOMAIN.md). */
  readonly unownedIds: readonly string[];
}

/**
 * Who owns which touchpoints. Names are trimmed and grouped case-insensitively ("Digital" and
 * " digital" are one team), since people type them freely in a live workshop. Worked out once per
 * snapshot: the owner filter, its chips, the canvas focus and the summary all ask for it.
 */
export const ownership: (map: JourneyMap) => Ownership = oncePerSnapshot(groupOwners);

function groupOwners(map: JourneyMap): Ownership {
  const groups = new Map<string, { owner: string; touchpointIds: string[] }>();
  const unownedIds: string[] = [];
  for (const t of map.touchpoints) {
    const name = t.owner.trim();
    if (name === '') {
      unownedIds.push(t.id);
      continue;
    }
    const key = name.toLocaleLowerCase('en');
    const group = groups.get(key) ?? { owner: name, touchpointIds: [] };
    group.touchpointIds.push(t.id);
    groups.set(key, group);
  }
  const owners = [...groups.values()].sort((a, b) => a.owner.localeCompare(b.owner, 'en', { sensitivity: 'base' }));
  return { owners, unownedIds };
}
