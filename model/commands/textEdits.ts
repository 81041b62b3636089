import * as Y from 'yjs';
import { metaMap, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { isNoteKind, NOTE_KIND_TRAITS, WHYS_MAX } from '../records/note';
import { applyTextEdit, ensureText, ensureTextList, newYText } from '../text/collabText';
import { isNoop, type TextEdit } from '../text/textDiff';
import { META_TEXT_FIELDS, TEXT_FIELDS, TEXT_LIST_FIELDS } from '../text/textFields';
import type { TextTarget } from '../text/textTarget';
import { CommandError, requireRecord } from './commandSupport';
import { requireStructureUnlocked } from './locks';

/**
 * Typing into a collaborative text field: one edit (what one input event did), applied to the
 * field's Y.Text where it stands, so two people typing in one title at once both keep their
 * characters. The edit is relative to the text as this client last saw it, which is the text in the
 * doc: the editor's field follows every change as it arrives. Text past the field's limit is cut
 * from the insertion (the field's maxlength stops typing there anyway).
 */
export function editText(doc: Y.Doc, target: TextTarget, edit: TextEdit, origin?: Origin): void {
  if (isNoop(edit)) return;
  transactCommand(
    doc,
    () => {
      const { text, max } = resolveText(doc, target);
      const index = Math.max(0, Math.min(edit.index, text.length));
      const remove = Math.max(0, Math.min(edit.remove, text.length - index));
      const room = Math.max(0, max - (text.length - remove));
      const insert = edit.insert.length > room ? edit.insert.slice(0, room) : edit.insert;
      if (remove === 0 && insert === '') {
        if (edit.insert) throw new CommandError(`this field takes at most ${max} characters`);
        return;
      }
      applyTextEdit(text, { index, remove, insert });
    },
    origin,
  );
}

/** Adds an empty why (or one with `text`) at the end of a pain point's chain. Returns its index. */
export function addWhy(doc: Y.Doc, noteId: string, text = '', origin?: Origin): number {
  return transactCommand(
    doc,
    () => {
      const list = whyList(doc, noteId);
      if (list.length >= WHYS_MAX) throw new CommandError(`a pain point has at most ${WHYS_MAX} whys`);
      list.push([newYText(text.slice(0, TEXT_LIST_FIELDS.notes.whys.length))]);
      return list.length - 1;
    },
    origin,
  );
}

/** Removes one why, wherever it is in the chain (an empty one too); the others keep their text. */
export function removeWhy(doc: Y.Doc, noteId: string, index: number, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      const list = whyList(doc, noteId);
      if (!Number.isInteger(index) || index < 0 || index >= list.length)
        throw new CommandError(`why ${index + 1} does not exist`);
      list.delete(index, 1);
    },
    origin,
  );
}

function whyList(doc: Y.Doc, noteId: string): Y.Array<Y.Text> {
  const rec = requireRecord(doc, 'notes', noteId);
  const kind = rec.get('kind');
  if (!isNoteKind(kind) || !NOTE_KIND_TRAITS[kind].hasWhys)
    throw new CommandError('only pain points have whys');
  return ensureTextList(rec, 'whys');
}

/** The Y.Text a target names (made from an old string if need be) and its length limit. */
function resolveText(doc: Y.Doc, target: TextTarget): { text: Y.Text; max: number } {
  switch (target.kind) {
    case 'map':
      return { text: ensureText(metaMap(doc), target.field), max: META_TEXT_FIELDS[target.field] };
    case 'stage': {
      const rec = requireRecord(doc, 'stages', target.id);
      if (rec.get('deleted') === true) throw new CommandError(`stage ${target.id} does not exist`);
      requireStructureUnlocked(doc);
      return { text: ensureText(rec, 'name'), max: TEXT_FIELDS.stages.name };
    }
    case 'touchpoint':
      return {
        text: ensureText(requireRecord(doc, 'touchpoints', target.id), target.field),
        max: TEXT_FIELDS.touchpoints[target.field],
      };
    case 'note':
      return {
        text: ensureText(requireRecord(doc, 'notes', target.id), 'text'),
        max: TEXT_FIELDS.notes.text,
      };
    case 'action':
      return {
        text: ensureText(requireRecord(doc, 'actions', target.id), 'title'),
        max: TEXT_FIELDS.actions.title,
      };
    case 'why': {
      const item = whyList(doc, target.id).get(target.index) as unknown;
      if (!(item instanceof Y.Text)) throw new CommandError(`why ${target.index + 1} does not exist`);
      return { text: item, max: TEXT_LIST_FIELDS.notes.whys.length };
    }
  }
}
