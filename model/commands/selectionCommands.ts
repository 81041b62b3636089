import type * as Y from 'yjs';
import { transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { disconnect } from './connections';
import { duplicateNote } from './duplicateNote';
import { duplicateTouchpoint } from './duplicateTouchpoint';
import { deleteNote } from './notes';
import { deleteTouchpoint, deleteTouchpoints } from './touchpoints';

/**
 * What a person has picked on the map (the editor's session selection has this shape): a record,
 * an empty cell of a lane, or nothing. Several cards picked together are a `group` beside it.
 */
export type MapSelection =
  | { readonly kind: 'touchpoint' | 'note' | 'stage' | 'connection'; readonly id: string }
  | { readonly kind: 'cell'; readonly stageId: string; readonly laneId: string }
  | null;

/**
 * Whether Delete removes something: a group, or a selected card, note or connection. A stage asks
 * first (its own dialog and deleteStage's modes); a cell is no record.
 */
export function deletesSomething(selection: MapSelection, group: readonly string[]): boolean {
  return group.length > 0 || ['touchpoint', 'note', 'connection'].includes(selection?.kind ?? '');
}

/**
 * Deletes the group (every card or none, when one is locked) or the selected card, note or
 * connection, in one undoable step. Refused (CommandError) like the single deletes.
 */
export function deleteSelected(
  doc: Y.Doc,
  selection: MapSelection,
  group: readonly string[],
  origin?: Origin,
): void {
  if (group.length > 0) return deleteTouchpoints(doc, group, origin);
  if (selection?.kind === 'touchpoint') deleteTouchpoint(doc, selection.id, origin);
  else if (selection?.kind === 'note') deleteNote(doc, selection.id, origin);
  else if (selection?.kind === 'connection') disconnect(doc, selection.id, origin);
}

/** The copies Ctrl/Cmd+D made: a group's cards, or one card or note. */
export type Duplicated =
  | { readonly kind: 'touchpoints'; readonly ids: readonly string[] }
  | { readonly kind: 'touchpoint' | 'note'; readonly id: string };

/** Whether Ctrl/Cmd+D copies something: a group, or a selected card or note. */
export function duplicatesSomething(selection: MapSelection, group: readonly string[]): boolean {
  return group.length > 0 || selection?.kind === 'touchpoint' || selection?.kind === 'note';
}

/** The cards a duplicate made (none when it copied a note). */
export function duplicatedCards(made: Duplicated | null): readonly string[] {
  if (made?.kind === 'touchpoints') return made.ids;
  return made?.kind === 'touchpoint' ? [made.id] : [];
}

/**
 * Copies the group (each card into the slot after it) or the selected card or note, in one
 * transaction, so one undo step. Null when nothing copyable is picked.
 */
export function duplicateSelected(
  doc: Y.Doc,
  selection: MapSelection,
  group: readonly string[],
  origin?: Origin,
): Duplicated | null {
  if (group.length > 0) {
    const ids = transactCommand(doc, () => group.map((id) => duplicateTouchpoint(doc, id, origin)), origin);
    return { kind: 'touchpoints', ids };
  }
  if (selection?.kind === 'touchpoint')
    return { kind: 'touchpoint', id: duplicateTouchpoint(doc, selection.id, origin) };
  if (selection?.kind === 'note') return { kind: 'note', id: duplicateNote(doc, selection.id, origin) };
  return null;
}
