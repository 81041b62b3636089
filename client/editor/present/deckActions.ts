import * as model from '../../../model';
import { createCommandKit } from '../actions/commandKit';
import type { MapSession } from '../session/createMapSession';

/**
 * Deck edits → model commands. The deck is map data, so editing it is an editor's write like any
 * other: the command kit's one `run` (the permission gate, one undo step, a refused command shown);
 * the server's policy judges it there.
 */
export function createDeckActions(session: MapSession) {
  const { doc } = session;
  const { run } = createCommandKit(session);
  return {
    move: (id: string, index: number) => run(() => model.moveSlide(doc, id, index)),
    setHidden: (id: string, hidden: boolean) => run(() => model.setSlideHidden(doc, id, hidden)),
    rename: (id: string, title: string) => run(() => model.renameSlide(doc, id, title)),
    addView: (rect: model.SlideRect, index?: number) => run(() => model.addViewSlide(doc, { rect, index })),
    remove: (id: string) => run(() => model.deleteSlide(doc, id)),
    reset: () => run(() => model.resetDeck(doc)),
  };
}

export type DeckActions = ReturnType<typeof createDeckActions>;
