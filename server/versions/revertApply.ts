import type * as Y from 'yjs';
import { patchRecord, putRecord, removeRecord } from '../../model/docLayout';
import { removeTouchpointRecord } from '../../model/commands/touchpoints';
import type { RevertWrites } from './revertPlan';

/** Who a server-side write is attributed to (ARCHITECTURE.md, History): the facilitator. */
export interface PersonOrigin {
  readonly personId: string;
}

/**
 * Writes a revert into the live doc as ONE transaction, so everyone connected sees it at once and
 * the edit log holds it as one edit of the facilitator's. Records come back through putRecord (their
 * text as Y.Text), fields through patchRecord (a text edit, so a colleague's typing elsewhere in it
 * survives), and a card goes the way a deleted card goes (its connections, its notes' links).
 */
export function applyRevert(live: Y.Doc, writes: RevertWrites, origin: PersonOrigin): void {
  live.transact(() => {
    for (const r of writes.restore) putRecord(live, r.collection, { ...r.record, id: r.id });
    for (const r of writes.remove) {
      if (r.collection === 'touchpoints') removeTouchpointRecord(live, r.id);
      else removeRecord(live, r.collection, r.id);
    }
    for (const p of writes.patch) patchRecord(live, p.collection, p.id, { [p.field]: p.value });
  }, origin);
}
