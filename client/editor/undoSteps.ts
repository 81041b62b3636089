import type * as Y from 'yjs';

/**
 * Fields people type into (side panel, map overview, stage name): successive commits of one of
 * these are the same burst of typing and share an undo step. Anything else (a select, a button, a
 * drag) is a discrete command with a step of its own.
 */
const TYPED_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'name',
  'owner',
  'description',
  'text',
  'persona',
  'goal',
  'scenario',
  'nps',
  'csat',
  'sampleSize',
]);

/**
 * The field a patch types into (`record:field`), when it edits exactly one typed field; undefined
 * when it is a discrete edit. Used by editorActions' `run` to decide where an undo step ends.
 */
export function typedField(record: string, patch: object): string | undefined {
  const keys = Object.keys(patch);
  return keys.length === 1 && TYPED_FIELDS.has(keys[0]!) ? `${record}:${keys[0]!}` : undefined;
}

interface Burst {
  readonly field: string;
  /** The undo step the burst is typing into; any other step on top of it ends the burst. */
  readonly step: unknown;
}
// Per UndoManager, not per actions object: every component holds its own actions object.
const bursts = new WeakMap<Y.UndoManager, Burst>();

/**
 * Runs a command as a new undo step, unless it types into the same field as the step on top of the
 * stack, which it then extends. Anything in between (another command from any component, an undo)
 * sits on top instead and ends the burst.
 */
export function runAsStep<T>(undoManager: Y.UndoManager, typing: string | undefined, command: () => T): T {
  const burst = bursts.get(undoManager);
  const continues =
    typing !== undefined && burst?.field === typing && burst.step === undoManager.undoStack.at(-1);
  if (!continues) undoManager.stopCapturing();
  const steps = undoManager.undoStack.length;
  try {
    return command();
  } finally {
    const top = undoManager.undoStack.at(-1);
    if (undoManager.undoStack.length > steps && typing !== undefined && top)
      bursts.set(undoManager, { field: typing, step: top });
    else if (!continues) bursts.delete(undoManager);
  }
}
