import * as model from '../../../model';
import type { EditorState } from '../store/editorStore';
import type { CommandKit } from './commandKit';

/** The view in force for this tab: a map without a future state is drawn as it is. */
export function shownVariant(state: Pick<EditorState, 'map' | 'variantView'>): model.MapVariantView {
  return model.effectiveView(state.map, state.variantView);
}

/** The future state (model/future): the tab's view, and the commands on a card's future. */
export function futureApi(kit: CommandKit) {
  const { doc, store, run } = kit;
  return {
    /** This tab's view only, never the document. */
    setVariantView: (view: model.MapVariantView) => store.setState({ variantView: view }),
    /** Starts the future state and shows it. */
    startFutureState() {
      if (run(() => (model.startFutureState(doc), true))) store.setState({ variantView: 'future' });
    },
    discardFutureState() {
      if (run(() => (model.discardFutureState(doc), true))) store.setState({ variantView: 'current' });
    },
    setFutureStatus: (id: string, status: model.FutureStatus | null) =>
      run(() => model.setFutureStatus(doc, id, status)),
    setFutureEmotion: (id: string, emotion: model.Emotion | null) =>
      run(() => model.setFutureEmotion(doc, id, emotion)),
  };
}

/**
 * In the future view a new, pasted or duplicated card exists only in the future, Delete marks cards
 * removed and a score picked on a card is its to-be emotion (the card shows that one). Each returns
 * undefined outside that view, so the caller does its usual thing.
 */
export function futureWrites(kit: CommandKit) {
  const { doc, store, run } = kit;
  const inFuture = () => shownVariant(store.getState()) === 'future';
  return {
    addTouchpoint: (place: model.NewTouchpoint) =>
      inFuture() ? { id: run(() => model.addFutureTouchpoint(doc, place)) } : undefined,
    /** `make` as it runs in the view in force: in the future view, what it makes is marked added. */
    making<T>(make: () => T, madeCards: (made: T) => readonly string[]): () => T {
      return inFuture() ? () => model.makeInFuture(doc, make, madeCards) : make;
    },
    /** True when it handled the delete (the selection is cards and the view is the future). */
    deleteCards(ids: readonly string[]): boolean | undefined {
      if (!inFuture() || ids.length === 0) return undefined;
      return run(() => (model.removeInFuture(doc, ids), true)) ?? false;
    },
    /** The emotion a card shows on the canvas (its quick bar, its number keys). */
    setShownEmotion(id: string, emotion: model.Emotion): boolean | undefined {
      if (!inFuture()) return undefined;
      return run(() => (model.setFutureEmotion(doc, id, emotion), true)) ?? false;
    },
  };
}
