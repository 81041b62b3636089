/**
 * Transaction origins: every write to a map's Y.Doc names where it came from, so the UndoManager
 * can track only the local user's edits and the server can tell its own writes from a client's.
 * Compared by identity (Y.UndoManager's `trackedOrigins` is a Set), so use these constants.
 */
export type Origin =
  | { readonly source: 'local' }
  | { readonly source: 'migration' }
  | { readonly source: 'server' }
  | { readonly source: 'template' }
  | { readonly source: 'facilitation' }
  | { readonly source: 'comment' };

/** A user's own edit in this client: undoable. */
export const LOCAL_ORIGIN: Origin = Object.freeze({ source: 'local' });
/** A schema migration run on load: never undoable. */
export const MIGRATION_ORIGIN: Origin = Object.freeze({ source: 'migration' });
/** A write made by the server itself (HTTP rename, duplicate). */
export const SERVER_ORIGIN: Origin = Object.freeze({ source: 'server' });
/** Seeding a new map from a template. */
export const TEMPLATE_ORIGIN: Origin = Object.freeze({ source: 'template' });
/**
 * Running the workshop (the seat, locks, votes, the timer): synced and saved like any edit, but not
 * map content, so Ctrl+Z never takes back a vote, a lock or a timer.
 */
export const FACILITATION_ORIGIN: Origin = Object.freeze({ source: 'facilitation' });
/**
 * A write to the comments doc (threads, comments, people). Comments are a conversation about the map,
 * not map content, and live in their own doc: no UndoManager tracks them, so Ctrl+Z never unsends one.
 */
export const COMMENT_ORIGIN: Origin = Object.freeze({ source: 'comment' });
