import { describe, expect, it, vi } from 'vitest';
import { cleanMap, templateDoc, touchpointTitled } from '../../../model/testing/testMaps';
import { createEmotionKeys } from '../cardKeys';
import { createEditorActions } from '../editorActions';
import type { MapSession } from '../session/createMapSession';
import { createUndoManager, watchUndo } from '../session/watchUndo';
import { bindDocToStore } from '../store/bindDocToStore';
import { createEditorStore } from '../store/editorStore';
import { mayAct } from './gate';
import { keyText } from './keyCaps';
import { EDITOR_ACTIONS, handleKey, runAction, shortcutRows, TOOLBAR } from './registry';
import type { ActionContext, KeyLike } from './types';
import { readMap } from '../../../model';
import { versionSummary } from '../../../model/testing/versionSummary';
import { PREVIEW_MESSAGE } from '../access/readOnlyMessage';
import { startPreview } from '../store/historyView';

const VERSION = versionSummary();

/** A sample map's editor with the real actions; `role` picks the person's rights. */
function editor(role: 'editor' | 'viewer' = 'editor') {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore({ role, mode: 'open', canShare: false });
  bindDocToStore(doc, store);
  const undoManager = createUndoManager(doc);
  watchUndo(undoManager, store);
  const actions = createEditorActions({ doc, store, undoManager } as unknown as MapSession);
  const screen = { fit: vi.fn(), togglePanel: vi.fn() };
  const ctx: ActionContext = { store, actions, screen, emotionKeys: createEmotionKeys() };
  return { doc, store, ctx, screen };
}
const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const press = (ctx: ActionContext, e: KeyLike, capture = false) => handleKey(e, capture, ctx, () => true);
const editorRows = shortcutRows(() => true);

describe('the actions registry', () => {
  it('declares each action once', () => {
    const ids = EDITOR_ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every key binding in the sheet: a handler without a sheet row cannot exist', () => {
    const bindings = EDITOR_ACTIONS.flatMap((a) => (a.keys ?? []).map((b, i) => ({ id: `${a.id}:${i}`, b })));
    expect(editorRows.map((r) => r.id)).toEqual(bindings.map(({ id }) => id));
    // A listed key either runs its action here or names the module that handles it.
    for (const { b } of bindings) expect(!!b.test !== !!b.handledBy).toBe(true);
  });

  it("gives an editor the sheet's rows, keys as printed on a PC", () => {
    expect(editorRows.map((r) => `${keyText(r.keys, false)}: ${r.hint}`)).toEqual([
      '→: Presenting: next slide',
      'PageDown: Presenting: next slide',
      'Space: Presenting: next slide',
      '←: Presenting: previous slide',
      'PageUp: Presenting: previous slide',
      'Home: Presenting: first slide',
      'End: Presenting: last slide',
      'Esc: Presenting: end the presentation',
      'Esc: Following a presentation: step out (then "Rejoin presenter")',
      'N: Add a touchpoint (type its title straight away)',
      'Double-click: Add a card in a cell, or type on a card',
      'S: Add a stage (with no card selected)',
      'Shift+Enter: Selected card or stage: open its linked journey',
      'Enter: Type on the selected card (Enter again keeps it)',
      'F2: Type on the selected card, or rename the stage',
      'Tab: While typing on a card: title → channel → emotion → next card',
      '-2+…++2: Selected card: emotion',
      'P+W+C+…: Selected card: channel by its initial (again to cycle)',
      'Ctrl+D: Duplicate the selected card or note',
      'Ctrl+C: Copy the selected cards and notes',
      'Ctrl+V: Paste into the clicked cell (text: a card per line)',
      '←+→: Move the selection one slot (or stage)',
      '↑+↓: Move the selection a row in its cell, then to the next card lane',
      'Delete: Delete the selection',
      'Ctrl+Z: Undo your last edit',
      'Ctrl+Shift+Z: Redo',
      'Ctrl+Y: Redo',
      'Ctrl+Alt+Shift+H: Show or hide version history',
      'Esc: While previewing a version: back to the live map',
      'Esc: Take back your typing, or clear the selection',
      'Ctrl+\\: Hide or show the side panel',
      '?: Show these shortcuts',
      'Shift+F: Failure demand report',
      'X: Open the value × effort matrix of actions',
      'Shift+V: Future state: switch Current / Future / Both',
    ]);
  });

  it('lists Ctrl+Y beside Ctrl+Shift+Z, both redo', () => {
    const redo = editorRows.filter((r) => r.id.startsWith('redo:')).map((r) => keyText(r.keys, false));
    expect(redo).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(keyText(['Mod', 'Shift', 'Z'], true)).toBe('⌘⇧Z');
  });

  it('finds a listed action for every key the editor handles', () => {
    const { ctx } = editor();
    const keys: [KeyLike, boolean, string][] = [
      [key('Delete'), false, 'deleteSelection'],
      [key('Backspace'), false, 'deleteSelection'],
      [key('Escape'), false, 'clearSelection'],
      [key('?'), false, 'showShortcuts'],
      [key('S', { shiftKey: true }), false, 'addStage'],
      [key('n'), false, 'addTouchpoint'],
      [key('x'), false, 'showMatrix'],
      [key('z', { ctrlKey: true }), false, 'undo'],
      [key('Z', { metaKey: true, shiftKey: true }), false, 'redo'],
      [key('y', { ctrlKey: true }), false, 'redo'],
      [key('d', { ctrlKey: true }), false, 'duplicateSelection'],
      [key('\\', { ctrlKey: true }), false, 'togglePanel'],
      [key('ß', { ctrlKey: true, code: 'Backslash' }), false, 'togglePanel'],
      [key('H', { ctrlKey: true, altKey: true, shiftKey: true }), false, 'toggleHistory'],
      [key('Ó', { metaKey: true, altKey: true, shiftKey: true, code: 'KeyH' }), false, 'toggleHistory'],
    ];
    for (const [e, capture, id] of keys) {
      const outcome = press(ctx, e, capture);
      expect(outcome.kind, `${e.key} → ${id}`).toBe('ran');
      const row =
        outcome.kind === 'ran' ? editorRows.find((r) => r.keys === outcome.binding.keys) : undefined;
      expect(row?.id.split(':')[0], e.key).toBe(id);
    }
    expect(press(ctx, key('x', { ctrlKey: true })).kind).toBe('none');
  });

  it('runs the commands: N adds a card, its keys set channel and emotion, arrows are caught on the way down', () => {
    const { doc, store, ctx } = editor();
    press(ctx, key('n'));
    const id = store.getState().editing?.id;
    expect(cleanMap(doc).touchpoints.find((t) => t.id === id)?.title).toBe('New touchpoint');
    store.setState({ editing: null });
    for (const k of ['p', '-', '2']) expect(press(ctx, key(k)).kind).toBe('ran');
    const card = cleanMap(doc).touchpoints.find((t) => t.id === id);
    expect([card?.channel, card?.emotion]).toEqual(['phone', -2]);
    // With a card selected S is a channel's initial, not a new stage.
    const stages = cleanMap(doc).stages.length;
    press(ctx, key('s'));
    expect(cleanMap(doc).stages).toHaveLength(stages);
    expect(press(ctx, key('ArrowRight')).kind).toBe('none');
    expect(press(ctx, key('ArrowRight'), true).kind).toBe('ran');
    expect(press(ctx, key('ArrowRight', { shiftKey: true }), true).kind).toBe('none');
  });

  it('gates by needs: a viewer keeps the keys that change nothing, and a button says why it refuses', () => {
    const { doc, store, ctx, screen } = editor('viewer');
    const before = cleanMap(doc).touchpoints.length;
    expect(press(ctx, key('n')).kind).toBe('refused');
    expect(cleanMap(doc).touchpoints).toHaveLength(before);
    expect(store.getState().error).toBeNull();
    expect(press(ctx, key('\\', { ctrlKey: true })).kind).toBe('ran');
    expect(screen.togglePanel).toHaveBeenCalledOnce();
    expect(runAction(TOOLBAR.edit[0], ctx)).toBe(false);
    expect(store.getState().error).toBe('You can view but not change this map');
    const viewerRows = shortcutRows((n) => mayAct(n, store.getState())).map((r) => r.hint);
    expect(viewerRows).toEqual([
      'Following a presentation: step out (then "Rejoin presenter")',
      'Selected card or stage: open its linked journey',
      'Copy the selected cards and notes',
      'Show or hide version history',
      'While previewing a version: back to the live map',
      'Take back your typing, or clear the selection',
      'Hide or show the side panel',
      'Show these shortcuts',
      'Failure demand report',
      'Open the value × effort matrix of actions',
      'Future state: switch Current / Future / Both',
    ]);
  });

  it('a preview makes the map read-only for an editor, says why, and Esc goes back to live first', () => {
    const { doc, store, ctx } = editor();
    const version = readMap(doc).map;
    const tp = version.touchpoints[0]!;
    startPreview(store, VERSION, version);
    store.setState({ selection: { kind: 'touchpoint', id: tp.id } });
    const before = cleanMap(doc).touchpoints.length;
    expect(press(ctx, key('n')).kind).toBe('refused');
    expect(runAction(TOOLBAR.edit[0], ctx)).toBe(false);
    expect(store.getState().error).toBe(PREVIEW_MESSAGE);
    expect(cleanMap(doc).touchpoints).toHaveLength(before);
    // Esc leaves the preview and keeps the selection; the next Esc clears it.
    expect(press(ctx, key('Escape')).kind).toBe('ran');
    expect(store.getState().preview).toBeNull();
    expect(store.getState().selection).not.toBeNull();
    press(ctx, key('Escape'));
    expect(store.getState().selection).toBeNull();
    expect(press(ctx, key('n')).kind).toBe('ran');
  });

  it('the stage button adds a stage even with a card selected (only the S key defers to the card)', () => {
    const { doc, store, ctx } = editor();
    store.setState({
      selection: { kind: 'touchpoint', id: touchpointTitled(cleanMap(doc), 'Agent call').id },
    });
    const stages = cleanMap(doc).stages.length;
    expect(runAction(TOOLBAR.edit[0], ctx)).toBe(true);
    expect(cleanMap(doc).stages).toHaveLength(stages + 1);
  });
});
