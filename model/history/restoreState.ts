import type * as Y from 'yjs';
import { metaMap, patchRecord, putRecord, rawRecords, removeRecord, writeMetaField } from '../docLayout';
import { MAP_SETTINGS_KEYS } from '../records/mapSettings';
import { readMapInfo } from '../commands/mapInfo';
import { UnreadableRecord } from '../plainRecord';
import type { MapInfo } from '../records/mapInfo';

/** The record collections a restore turns back; `votes` (ballots) and later history collections stay. */
export const RESTORED_COLLECTIONS = [
  'stages',
  'lanes',
  'touchpoints',
  'connections',
  'notes',
  'slides',
  'actions',
  'metrics',
] as const;
export type RestoredCollection = (typeof RESTORED_COLLECTIONS)[number];

const INFO_FIELDS = ['title', 'persona', 'goal', 'scenario'] as const satisfies ReadonlyArray<keyof MapInfo>;

interface CollectionTraits {
  /**
   * Fields that belong to running the workshop, not to the map's content (a facilitator's card
   * lock): a restore leaves them on live records as they are.
   */
  readonly kept: readonly string[];
  /** How a record the version does not have goes away. */
  readonly remove: (doc: Y.Doc, id: string, version: VersionRecords) => void;
}

type VersionRecords = ReadonlyMap<RestoredCollection, ReadonlyMap<string, Record<string, unknown>>>;

/**
 * Stages are never removed, only tombstoned, so a card someone adds to one concurrently (offline)
 * still finds a place: it moves to the version's first stage.
 */
function tombstoneStage(doc: Y.Doc, id: string, version: VersionRecords): void {
  const live = [...(version.get('stages')?.values() ?? [])].filter((s) => s.deleted !== true);
  const first = live.sort((a, b) => (String(a.order) < String(b.order) ? -1 : 1))[0];
  patchRecord(doc, 'stages', id, { deleted: true, fallbackStageId: first?.id });
}

const remove = (name: RestoredCollection) => (doc: Y.Doc, id: string) => {
  removeRecord(doc, name, id);
};

const TRAITS = {
  stages: { kept: [], remove: tombstoneStage },
  lanes: { kept: [], remove: remove('lanes') },
  touchpoints: { kept: ['locked'], remove: remove('touchpoints') },
  connections: { kept: [], remove: remove('connections') },
  notes: { kept: ['locked'], remove: remove('notes') },
  slides: { kept: [], remove: remove('slides') },
  actions: { kept: [], remove: remove('actions') },
  metrics: { kept: [], remove: remove('metrics') },
} satisfies Record<RestoredCollection, CollectionTraits>;

/** What a restore changed, for logs and tests. */
export interface RestoreCounts {
  readonly added: number;
  readonly removed: number;
  readonly patched: number;
}

/**
 * Makes `doc` (the live map) equal to `version` (a doc of an earlier state, migrated to the current
 * schema) in ONE transaction with `origin`, so everyone connected sees it at once and it is stored as
 * one edit by whoever asked. The header (title, persona, goal, scenario) and every record collection
 * return to the version: records it lacks go, records it has come back, differing fields are set
 * (text through the layout, as a minimal edit of the Y.Text). Facilitation (the seat, freeze, vote,
 * timer, ballots, card locks) stays as it is.
 *
 * It edits the live doc's records in place rather than replacing the doc, so it merges like any
 * edit: an offline edit to a card the restore deleted is lost with the card; a card created offline
 * and synced later stays; an offline edit of a field the restore did not change stays.
 */
export function restoreState(doc: Y.Doc, version: Y.Doc, origin: unknown): RestoreCounts {
  const target: VersionRecords = new Map(
    RESTORED_COLLECTIONS.map((name) => [name, readableRecords(version, name)] as const),
  );
  const info = readMapInfo(version);
  let added = 0;
  let removed = 0;
  let patched = 0;
  doc.transact(() => {
    for (const key of INFO_FIELDS) writeMetaField(doc, key, info[key]);
    // Programme settings (cost per contact, currency, stale threshold) are map content too.
    for (const key of MAP_SETTINGS_KEYS) {
      const value = metaMap(version).get(key);
      if (value === undefined) metaMap(doc).delete(key);
      else writeMetaField(doc, key, value);
    }
    for (const name of RESTORED_COLLECTIONS) {
      const traits: CollectionTraits = TRAITS[name];
      const wanted = target.get(name)!;
      const live = readableRecords(doc, name);
      for (const id of live.keys()) {
        if (wanted.has(id)) continue;
        traits.remove(doc, id, target);
        removed += 1;
      }
      for (const [id, record] of wanted) {
        const current = live.get(id);
        if (!current) {
          putRecord(doc, name, { ...record, id });
          added += 1;
          continue;
        }
        const patch: Record<string, unknown> = { ...record };
        for (const field of Object.keys(current)) if (!(field in record)) patch[field] = undefined;
        for (const field of traits.kept) delete patch[field];
        if (differs(current, patch)) patched += 1;
        patchRecord(doc, name, id, patch);
      }
    }
  }, origin);
  return { added, removed, patched };
}

/**
 * A collection's records as plain fields by id; one no reader could read is left alone. Values are
 * rebuilt as ordinary JSON (rawRecords gives null-prototype objects, which Y.Map refuses to store).
 */
function readableRecords(doc: Y.Doc, name: RestoredCollection): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [id, value] of rawRecords(doc, name)) {
    if (value instanceof UnreadableRecord || typeof value !== 'object' || value === null) continue;
    out.set(id, JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
  }
  return out;
}

function differs(current: Record<string, unknown>, patch: Record<string, unknown>): boolean {
  return Object.entries(patch).some(([k, v]) => JSON.stringify(current[k]) !== JSON.stringify(v));
}
