import type { JourneyMap } from '../journeyMap';
import { countActions, type SheetImportPlan } from './planSheetImport';
import { planNotes, planRoutes } from './planSheetExtras';
import { createPlaces } from './sheetPlaces';
import { headerKey, type SheetTable } from './sheetTable';

/** What a file holds: cards (any columns, mapped by the user), or our own Notes or Routes export. */
export type SheetKind = 'touchpoints' | 'notes' | 'routes';

/**
 * How each kind is recognised by its header row (every listed header present, none of `without`),
 * tried in this order; touchpoints are the rest.
 */
const SIDE_KIND_HEADERS: Record<
  Exclude<SheetKind, 'touchpoints'>,
  { readonly with: readonly string[]; readonly without: readonly string[] }
> = {
  routes: { with: ['From id', 'To id'], without: ['Title'] },
  notes: { with: ['Kind', 'Stage', 'Text'], without: ['Title', 'Channel'] },
};

/** The kind of a sheet, by its headers: our Notes or Routes CSV, else touchpoints. */
export function sheetKind(table: SheetTable): SheetKind {
  const keys = new Set(table.headers.map(headerKey));
  for (const [kind, h] of Object.entries(SIDE_KIND_HEADERS))
    if (h.with.every((x) => keys.has(headerKey(x))) && !h.without.some((x) => keys.has(headerKey(x))))
      return kind as SheetKind;
  return 'touchpoints';
}

/**
 * Plans a Notes or Routes file on its own, into `map`: no card rows, the file's rows matched to
 * notes by id (routes by their two ends) and cards named by their ids on the map.
 */
export function planSideFile(
  map: JourneyMap,
  table: SheetTable,
  kind: Exclude<SheetKind, 'touchpoints'>,
): SheetImportPlan {
  const places = createPlaces(map);
  const cards = new Set(map.touchpoints.map((t) => t.id));
  const isCard = (ref: string) => cards.has(ref);
  const side =
    kind === 'notes'
      ? { notes: planNotes(map, table, places, isCard, 'this map') }
      : { routes: planRoutes(map, table, isCard, 'this map') };
  return {
    rows: [],
    missing: [],
    newStages: places.newStages(),
    counts: countActions([]),
    writes: [],
    ...side,
  };
}
