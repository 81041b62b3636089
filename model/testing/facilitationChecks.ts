import { expect } from 'vitest';
import type * as Y from 'yjs';
import { FACILITATION_ORIGIN } from '../origins';
import type { Person } from '../records/facilitator';
import { docState } from './testMaps';
import { localUndoManager, watchTransactions } from './transactionLog';

/** People of the e2e and unit tests (ids in the safe alphabet, as the client's identities are). */
export const ALICE: Person = { userId: 'u_alice', name: 'Alice' };
export const BOB: Person = { userId: 'u_bob', name: 'Bob' };
export const CAROL: Person = { userId: 'u_carol', name: 'Carol' };

/**
 * The contract of a facilitation command: exactly one transaction, with the facilitation origin,
 * that changed the doc and that the user's undo does not track (Ctrl+Z never takes back a vote).
 */
export function expectOneFacilitationStep<T>(doc: Y.Doc, run: () => T): T {
  const before = docState(doc);
  const log = watchTransactions(doc);
  const undo = localUndoManager(doc);
  const result = run();
  log.stop();
  expect(log.origins).toEqual([FACILITATION_ORIGIN]);
  expect(docState(doc)).not.toEqual(before);
  expect(undo.undoStack).toHaveLength(0);
  undo.destroy();
  return result;
}
