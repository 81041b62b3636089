/**
 * "Whoever created the map holds the facilitator seat": the maps page remembers, for this tab only,
 * which map it just created; the editor takes that map's empty seat on first open and forgets it.
 */
const KEY = 'journey.createdMap';

export function rememberCreatedMap(mapId: string): void {
  try {
    sessionStorage.setItem(KEY, mapId);
  } catch {
    // No storage (private mode): the creator takes the seat by hand, like anyone else.
  }
}

/** True once for the map this tab just created. */
export function takeCreatedMap(mapId: string): boolean {
  try {
    if (sessionStorage.getItem(KEY) !== mapId) return false;
    sessionStorage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
