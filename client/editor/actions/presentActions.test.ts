import { describe, expect, it, vi } from 'vitest';
import { deriveDeck, setSlideHidden } from '../../../model';
import { templateDoc } from '../../../model/testing/testMaps';
import { createEmotionKeys } from '../cardKeys';
import { createEditorActions } from '../editorActions';
import type { MapSession } from '../session/createMapSession';
import { createUndoManager } from '../session/watchUndo';
import { bindDocToStore } from '../store/bindDocToStore';
import { createEditorStore } from '../store/editorStore';
import { handleKey } from './registry';
import { presentedSlides, startPresenting } from './presentSteps';
import type { ActionContext, KeyLike } from './types';

function editor() {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore();
  bindDocToStore(doc, store);
  const actions = createEditorActions({
    doc,
    store,
    undoManager: createUndoManager(doc),
  } as unknown as MapSession);
  const ctx: ActionContext = {
    store,
    actions,
    screen: { fit: vi.fn(), togglePanel: vi.fn() },
    emotionKeys: createEmotionKeys(),
  };
  return { doc, store, ctx };
}
const key = (k: string): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
});
/** Presses a key as the browser delivers it: the capture pass, then (if nothing took it) the bubble pass. */
function press(ctx: ActionContext, k: string) {
  const captured = handleKey(key(k), true, ctx, () => true);
  return captured.kind === 'none' ? handleKey(key(k), false, ctx, () => true) : captured;
}

describe("the presenter's keys", () => {
  it('step through the shown slides: arrows, PageUp/PageDown, Space, Home and End, clamped at the ends', () => {
    const { store, ctx } = editor();
    const slides = presentedSlides(store.getState().map).map((s) => s.id);
    expect(startPresenting(store)).toBe(true);
    const at = () => slides.indexOf(store.getState().presentation.slideId!);
    press(ctx, 'ArrowRight');
    press(ctx, 'PageDown');
    press(ctx, ' ');
    expect(at()).toBe(3);
    press(ctx, 'ArrowLeft');
    press(ctx, 'PageUp');
    expect(at()).toBe(1);
    press(ctx, 'End');
    expect(at()).toBe(slides.length - 1);
    press(ctx, 'ArrowRight');
    expect(at()).toBe(slides.length - 1);
    press(ctx, 'Home');
    press(ctx, 'ArrowLeft');
    expect(at()).toBe(0);
    press(ctx, 'Escape');
    expect(store.getState().presentation.slideId).toBeNull();
  });

  it('skip hidden slides, and the arrows move no card while presenting', () => {
    const { doc, store, ctx } = editor();
    const deck = deriveDeck(store.getState().map!);
    setSlideHidden(doc, deck[1]!.id, true);
    const card = store.getState().map!.touchpoints[0]!;
    startPresenting(store);
    store.setState({ selection: { kind: 'touchpoint', id: card.id } });
    press(ctx, 'ArrowRight');
    expect(store.getState().presentation.slideId).toBe(deck[2]!.id);
    expect(store.getState().map!.touchpoints[0]).toBe(card);
  });

  it('do nothing when this tab does not present; Esc steps a follower out', () => {
    const { store, ctx } = editor();
    expect(press(ctx, 'PageDown').kind).toBe('none');
    store.setState({
      presentation: {
        slideId: null,
        steppedOut: false,
        presenter: { clientId: 7, slideId: 'slide_hubs', name: 'Fay', color: '#2563eb' },
      },
    });
    press(ctx, 'Escape');
    expect(store.getState().presentation.steppedOut).toBe(true);
  });
});
