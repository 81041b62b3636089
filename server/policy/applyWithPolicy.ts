import * as Y from 'yjs';
import type { DocKind } from '../persistence/docKeys';
import { changedPaths } from './changedPaths';
import { commentKeysReached, readCommentsView, snapshotComments } from './commentsView';
import {
  reachesMapGuards,
  readMapView,
  readSeat,
  restoreMapGuarded,
  snapshotMapGuarded,
  snapshotWholeMap,
} from './mapView';
import { checkCommentsWrite, checkMapWrite, mayFacilitate, type Violation } from './policyRules';
import { restoreInto } from './typeSnapshot';

/** Who is writing, as the server knows it. */
export interface PolicyWriter {
  /** The person id stamped on the connection. */
  person: string;
  /** Whether `person` has a connection to this map's room (a seat whose holder left is free). */
  isPresent(person: string): boolean;
}

/** A write that broke a rule: what to tell the writer, and the update that brings it back in line. */
export interface Rejection extends Violation {
  /** The transaction's net effect (the writer's items removed, the old values written again). */
  update: Uint8Array | undefined;
}

/**
 * Applies a client's update under the write rules, in ONE transaction: the guarded parts are
 * captured first, the update is applied, the rules judge before against after, and a write that
 * breaks one has those parts written back before the transaction ends. The room then stores and
 * relays only the net result, in which the forbidden values are gone (deleted items reach the
 * store and the peers as garbage-collected stubs, without content). The writer does not get the
 * room's relay (it is the origin), so the net update is returned for it to converge.
 *
 * Map doc: facilitator fields, ballots and card locks (policyRules.checkMapWrite); while the map is
 * frozen, everything, for anyone who may not facilitate. Comments doc: authorship rules. The update
 * is looked at first (`changedPaths`, from its items alone): one that cannot reach a guarded part
 * is applied without reading the guarded parts before and after; one that cannot be placed for
 * certain is judged the full way.
 */
export function applyWithPolicy(
  doc: Y.Doc,
  kind: DocKind,
  update: Uint8Array,
  origin: unknown,
  writer: PolicyWriter,
): Rejection | undefined {
  let rejection: Violation | undefined;
  let net: Uint8Array | undefined;
  const capture = (u: Uint8Array, o: unknown) => {
    if (o === origin && rejection) net = u;
  };
  doc.on('update', capture);
  try {
    doc.transact((tr) => {
      rejection = APPLY_BY_KIND[kind](doc, update, writer, tr);
      // Yjs marks a transaction that applied an update as remote, and a remote transaction that
      // adds items under this doc's client id makes it pick a new id ("another client seems to be
      // using it"). The restored values are this server's own writes: the transaction is local.
      if (rejection) tr.local = true;
    }, origin);
  } finally {
    doc.off('update', capture);
  }
  return rejection ? { ...rejection, update: net } : undefined;
}

/**
 * Per doc kind, how a write is applied and judged. The persona library has no field rules: who may
 * write it at all is the room's rule (`roomAccess`), and its readers validate every record.
 */
const APPLY_BY_KIND: Record<
  DocKind,
  (doc: Y.Doc, update: Uint8Array, writer: PolicyWriter, tr: Y.Transaction) => Violation | undefined
> = {
  map: (doc, update, writer, tr) => applyToMap(doc, update, writer, tr),
  comments: (doc, update, writer) => applyToComments(doc, update, writer),
  personas: (doc, update) => {
    Y.applyUpdate(doc, update);
    return undefined;
  },
};

function applyToMap(
  doc: Y.Doc,
  update: Uint8Array,
  writer: PolicyWriter,
  tr: Y.Transaction,
): Violation | undefined {
  const seat = readSeat(doc);
  const rights = {
    person: writer.person,
    holderPresent: seat.holder !== undefined && writer.isPresent(seat.holder),
  };
  if (seat.frozen && !mayFacilitate(seat, rights)) {
    // Most of what such a client sends is its answer to our step 1: nothing new, nothing to undo.
    if (Y.snapshotContainsUpdate(Y.snapshot(doc), update)) {
      Y.applyUpdate(doc, update);
      return undefined;
    }
    const whole = snapshotWholeMap(doc);
    Y.applyUpdate(doc, update);
    if (tr.changed.size === 0) return undefined;
    for (const root of whole) restoreInto(root);
    return { rule: 'frozen', reason: `the map is frozen by ${seat.holderName || 'the facilitator'}` };
  }
  // Typing and moves far from the seat, the ballots and the locks skip the before/after reads.
  const paths = changedPaths(doc, update);
  if (paths && !paths.some((path) => reachesMapGuards(doc, path))) {
    Y.applyUpdate(doc, update);
    return undefined;
  }
  const before = readMapView(doc);
  const guarded = snapshotMapGuarded(doc);
  Y.applyUpdate(doc, update);
  const violation = checkMapWrite(before, readMapView(doc), rights);
  if (violation) restoreMapGuarded(doc, guarded);
  return violation;
}

/** Comments: only the records the update reaches are read and, on a violation, put back. */
function applyToComments(doc: Y.Doc, update: Uint8Array, writer: PolicyWriter): Violation | undefined {
  const paths = changedPaths(doc, update);
  const only = paths && commentKeysReached(doc, paths);
  if (only && Object.values(only).every((keys) => keys.size === 0)) {
    Y.applyUpdate(doc, update);
    return undefined;
  }
  const before = readCommentsView(doc, only);
  const restore = snapshotComments(doc, only);
  Y.applyUpdate(doc, update);
  const violation = checkCommentsWrite(before, readCommentsView(doc, only), writer.person);
  if (violation) restore();
  return violation;
}
