import type * as Y from 'yjs';
import { addAction, type ActionEdit } from '../commands/actions';
import { addNote } from '../commands/notes';
import { addTouchpoint } from '../commands/touchpoints';
import { readMap } from '../readMap';
import type { NoteKind } from '../records/note';

/** What to seed on a map for the programme views: cards (owned or not) and a note holding actions. */
export interface ProgrammeSeed {
  readonly touchpoints?: ReadonlyArray<{ readonly title: string; readonly owner?: string }>;
  readonly note?: { readonly kind: NoteKind; readonly text: string };
  readonly actions?: ReadonlyArray<ActionEdit & { readonly title: string }>;
}

/**
 * Test fixture: adds touchpoints to the first stage, then one note holding `actions` (an opportunity
 * unless told). Returns the ids, in the order given.
 */
export function seedProgramme(
  doc: Y.Doc,
  seed: ProgrammeSeed,
): { touchpointIds: string[]; noteId: string; actionIds: string[] } {
  const stageId = readMap(doc).map.stages[0]!.id;
  const touchpointIds = (seed.touchpoints ?? []).map((t) =>
    addTouchpoint(doc, { stageId, title: t.title, owner: t.owner ?? '' }),
  );
  const note = seed.note ?? { kind: 'opportunity', text: 'Self-service status page' };
  const noteId = addNote(doc, { kind: note.kind, stageId, text: note.text });
  const actionIds = (seed.actions ?? []).map((a) => addAction(doc, { ...a, noteId }));
  return { touchpointIds, noteId, actionIds };
}
