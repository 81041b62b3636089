import * as model from '../../../model';
import { sentenceCase } from '../../ui/sentenceCase';
import { gate } from '../actions/gate';
import type { MapSession } from '../session/createMapSession';

/**
 * Deck edits → model commands. The deck is map data, so editing it is an editor's write like any
 * other (the one permission gate here, the server's policy there); a refused command is shown.
 */
export function createDeckActions(session: MapSession) {
  const { doc, store } = session;
  const run = <T>(fn: () => T): T | undefined => {
    if (!gate('editor', store)) return undefined;
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof model.CommandError)) throw err;
      store.setState({ error: sentenceCase(err.message) });
      return undefined;
    }
  };
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
