import type * as Y from 'yjs';
import { sameValue } from '../defineDocLayout';
import { metaMap, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { mapSettingsSchema, type MapSettings } from '../records/mapSettings';
import { parseInput } from './commandSupport';

/**
 * Sets map settings (cost per contact, currency, stale threshold, linked personas, future state),
 * plain `meta` values. Only
 * the keys passed are written; `costPerContact: null` clears it (costs are then not shown).
 */
export function setMapSettings(doc: Y.Doc, patch: Partial<MapSettings>, origin?: Origin): void {
  const valid = parseInput(mapSettingsSchema.partial(), patch);
  transactCommand(
    doc,
    () => {
      const meta = metaMap(doc);
      for (const [key, value] of Object.entries(valid)) {
        if (value === undefined) continue;
        if (value === null) meta.delete(key);
        else if (!sameValue(meta.get(key), value)) meta.set(key, value);
      }
    },
    origin,
  );
}
