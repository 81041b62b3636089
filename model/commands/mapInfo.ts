import type * as Y from 'yjs';
import { metaMap, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import type { ReadProblem } from '../journeyMap';
import { reportProblem } from '../parseRecords';
import { describe } from '../plainRecord';
import { EMPTY_MAP_INFO, MAP_INFO_MAX_LENGTH, mapInfoSchema, type MapInfo } from '../records/mapInfo';
import { parseInput } from './commandSupport';

const FIELDS = ['title', 'persona', 'goal', 'scenario'] as const;

/**
 * The map's header fields; a malformed field reads as its empty default, one longer than the schema
 * allows (only a hostile writer: setMapInfo and imports refuse it) is shown cut to that length. Both
 * are reported when `problems` is given (readMap passes its list).
 */
export function readMapInfo(doc: Y.Doc, problems?: ReadProblem[]): MapInfo {
  const meta = metaMap(doc);
  const pick = (k: (typeof FIELDS)[number]) => {
    const v = meta.get(k);
    if (typeof v !== 'string') {
      if (v !== undefined && problems) reportProblem(problems, 'meta', k, `not text but ${describe(v)}`);
      return EMPTY_MAP_INFO[k];
    }
    const max = MAP_INFO_MAX_LENGTH[k];
    if (v.length > max && problems)
      reportProblem(problems, 'meta', k, `longer than ${max} characters: shown cut`);
    return v.length > max ? v.slice(0, max) : v;
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
