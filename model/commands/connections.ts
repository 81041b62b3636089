import type * as Y from 'yjs';
import { getRecord, patchRecord, putRecord, removeRecord, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { connectionId, connectionSchema, type DemandKind } from '../records/connection';
import { CommandError, editPatch, parseInput, requireRecord } from './commandSupport';

/**
 * Connects two touchpoints ("customer calls support after the tracking page fails"). Idempotent:
 * the id comes from the ends, so drawing the same edge twice (or two people at once) makes one.
 */
export function connect(doc: Y.Doc, from: string, to: string, label?: string, origin?: Origin): string {
  if (from === to) throw new CommandError('a touchpoint cannot connect to itself');
  const id = connectionId(from, to);
  const record = parseInput(connectionSchema, { id, from, to, label });
  transactCommand(
    doc,
    () => {
      requireRecord(doc, 'touchpoints', from);
      requireRecord(doc, 'touchpoints', to);
      // Drawn again without a label (two people drawing the same route, "Route to…" racing a drag):
      // the route keeps the reason someone already gave it.
      if (getRecord(doc, 'connections', id)) {
        if (record.label !== undefined) patchRecord(doc, 'connections', id, { label: record.label });
      } else putRecord(doc, 'connections', record);
    },
    origin,
  );
  return id;
}

export function disconnect(doc: Y.Doc, id: string, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      if (!removeRecord(doc, 'connections', id)) throw new CommandError(`connection ${id} does not exist`);
    },
    origin,
  );
}

const detailsSchema = connectionSchema.pick({
  label: true,
  volume: true,
  demand: true,
  costPerContact: true,
});
export type ConnectionDetails = Partial<{
  label: string;
  volume: number;
  demand: DemandKind;
  costPerContact: number;
}>;

/**
 * Edits a route's label, rough volume (e.g. calls per month, which weighs a hub's load), demand tag
 * (value / failure, the failure-demand ledger) and cost per contact. Only the
 * fields passed are written; `undefined` clears one.
 */
export function setConnectionDetails(
  doc: Y.Doc,
  id: string,
  details: ConnectionDetails,
  origin?: Origin,
): void {
  const write = editPatch(detailsSchema, details);
  transactCommand(
    doc,
    () => {
      requireRecord(doc, 'connections', id);
      patchRecord(doc, 'connections', id, write);
    },
    origin,
  );
}
