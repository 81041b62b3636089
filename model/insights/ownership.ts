import type { JourneyMap } from '../journeyMap';
import { needsOwner } from './needsOwner';
import { oncePerSnapshot } from './oncePerSnapshot';

export interface OwnerGroup {
  /** The name as first written on the map (trimmed). */
  readonly owner: string;
  readonly touchpointIds: readonly string[];
}

export interface Ownership {
  /** One group per owner, alphabetical. */
  readonly owners: readonly OwnerGroup[];
  /**
   * Cards that need an owner and have none, in map order: flagged so the workshop assigns them
   * (DOMAIN.md). Only cards in lanes that need owners (see `needsOwner`) count.
   */
  readonly unownedIds: readonly string[];
  /** How many cards need an owner, owned or not: the "of 40" in "3 of 40 have no owner". */
  readonly needOwnerCount: number;
}

/**
 * Who owns which touchpoints (every owned card, whatever its lane, so a team's filter shows all of
 * its cards) and which cards still need an owner. Names are trimmed and grouped case-insensitively ("Digital" and
 * " digital" are one team), since people type them freely in a live workshop. Worked out once per
 * snapshot: the owner filter, its chips, the canvas focus and the summary all ask for it.
 */
export const ownership: (map: JourneyMap) => Ownership = oncePerSnapshot(groupOwners);

function groupOwners(map: JourneyMap): Ownership {
  const groups = new Map<string, { owner: string; touchpointIds: string[] }>();
  const unownedIds: string[] = [];
  let needOwnerCount = 0;
  for (const t of map.touchpoints) {
    const name = t.owner.trim();
    const needed = needsOwner(map.lanes, t);
    if (needed) needOwnerCount++;
    if (name === '') {
      if (needed) unownedIds.push(t.id);
      continue;
    }
    const key = name.toLocaleLowerCase('en');
    const group = groups.get(key) ?? { owner: name, touchpointIds: [] };
    group.touchpointIds.push(t.id);
    groups.set(key, group);
  }
  const owners = [...groups.values()].sort((a, b) =>
    a.owner.localeCompare(b.owner, 'en', { sensitivity: 'base' }),
  );
  return { owners, unownedIds, needOwnerCount };
}
