import type * as Y from 'yjs';
import { metaMap, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { EMPTY_MAP_INFO, mapInfoSchema, type MapInfo } from '../records/mapInfo';
import { parseInput } from './commandSupport';

const FIELDS = ['title', 'persona', 'goal', 'scenario'] as const;

/** The map's header fields; a missing or malformed field reads as its empty default. */
export function readMapInfo(doc: Y.Doc): MapInfo {
  const meta = metaMap(doc);
  const pick = (k: (typeof FIELDS)[number]) => {
    const v = meta.get(k);
    return typeof v === 'string' ? v.slice(0, 2000) : EMPTY_MAP_INFO[k];
  };
  return { title: pick('title'), persona: pick('persona'), goal: pick('goal'), scenario: pick('scenario') };
}

/** Edits the header; each field is its own key, so concurrent edits of different fields merge. */
export function setMapInfo(doc: Y.Doc, patch: Partial<MapInfo>, origin?: Origin): void {
  const valid = parseInput(mapInfoSchema.partial(), patch);
  transactCommand(
    doc,
    () => {
      const meta = metaMap(doc);
      for (const k of FIELDS) {
        const v = valid[k];
        if (v !== undefined && meta.get(k) !== v) meta.set(k, v);
      }
    },
    origin,
  );
}
