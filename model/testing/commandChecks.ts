import { expect } from 'vitest';
import type * as Y from 'yjs';
import { CommandError } from '../commands/commandSupport';
import { LOCAL_ORIGIN } from '../origins';
import { readMap } from '../readMap';
import { docState } from './testMaps';
import { localUndoManager, watchTransactions } from './transactionLog';

/**
 * Runs a command and checks the contract every command shares: exactly one transaction, with the
 * local origin, that one undo reverts completely. Returns the command's result.
 */
export function expectOneUndoableStep<T>(doc: Y.Doc, run: () => T): T {
  const before = JSON.stringify(readMap(doc));
  const log = watchTransactions(doc);
  const undo = localUndoManager(doc);
  const result = run();
  log.stop();
  expect(log.origins).toHaveLength(1);
  expect(log.origins[0]).toBe(LOCAL_ORIGIN);
  expect(undo.undoStack).toHaveLength(1);
  const after = JSON.stringify(readMap(doc));
  expect(after).not.toBe(before);
  undo.undo();
  expect(JSON.stringify(readMap(doc))).toBe(before);
  // Redo restores the command's effect, so the caller can keep asserting on it.
  undo.redo();
  expect(JSON.stringify(readMap(doc))).toBe(after);
  undo.destroy();
  return result;
}

/** Runs a command that must be refused: a CommandError matching `message`, and not one byte written. */
export function expectRefused(doc: Y.Doc, run: () => unknown, message?: RegExp): void {
  const before = docState(doc);
  let caught: unknown;
  try {
    run();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(CommandError);
  if (message) expect((caught as Error).message).toMatch(message);
  expect(docState(doc)).toEqual(before);
}
