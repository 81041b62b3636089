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
