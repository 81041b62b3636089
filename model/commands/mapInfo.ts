import type * as Y from 'yjs';
import { metaMap, transactCommand, writeMetaField } from '../docLayout';
import type { Origin } from '../origins';
import type { ReadProblem } from '../journeyMap';
import { reportProblem } from '../parseRecords';
import { describe } from '../plainRecord';
import { isPlainYText, readTextValue } from '../text/collabText';
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
    const raw = meta.get(k);
    const v = readTextValue(raw);
    if (v === undefined) {
      if (raw !== undefined && problems) reportProblem(problems, 'meta', k, `not text but ${describe(raw)}`);
      return EMPTY_MAP_INFO[k];
    }
    const max = MAP_INFO_MAX_LENGTH[k];
    // Collaborative text can grow past the limit when two people type at once: shown cut, not a fault.
    if (v.length > max && problems && !isPlainYText(raw))
      reportProblem(problems, 'meta', k, `longer than ${max} characters: shown cut`);
    return v.length > max ? v.slice(0, max) : v;
  };
  return { title: pick('title'), persona: pick('persona'), goal: pick('goal'), scenario: pick('scenario') };
}

/**
 * Edits the header; each field is its own key and collaborative text, so concurrent edits of
 * different fields, and of the same field, merge.
 */
export function setMapInfo(doc: Y.Doc, patch: Partial<MapInfo>, origin?: Origin): void {
  const valid = parseInput(mapInfoSchema.partial(), patch);
  transactCommand(
    doc,
    () => {
      for (const k of FIELDS) {
        const v = valid[k];
        if (v !== undefined) writeMetaField(doc, k, v);
      }
    },
    origin,
  );
}
