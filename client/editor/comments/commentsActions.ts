import * as model from '../../../model';
import type { MapSession } from '../session/createMapSession';
import { serverNow } from '../facilitation/serverClock';
import { sentenceCase } from '../../ui/sentenceCase';
import { selectCanComment, selectCanEdit } from '../store/editorStore';

/**
 * Comment intents → comment commands on the comments doc, as this browser's person. Like the
 * editor's actions, a refused command (CommandError) becomes the editor's message; viewers are
 * refused before anything is written (the server would drop it too).
 */
export function createCommentsActions(session: MapSession) {
  const { store, presence } = session;
  const doc = session.comments.doc;
  const me = (): model.Author => {
    const { self } = presence.store.getState();
    return { id: self.id, name: self.name ?? 'Someone', color: self.color };
  };
  const run = <T>(fn: () => T): T | undefined => {
    if (!selectCanComment(store.getState())) {
      store.setState({ error: 'You can view but not comment on this map' });
      return undefined;
    }
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof model.CommandError)) throw err;
      store.setState({ error: sentenceCase(err.message) });
      return undefined;
    }
  };
  return {
    /** Opens a thread on something that is in the map right now (or on the map itself). */
    startThread(anchor: model.Anchor, text: string, mentions: readonly string[]) {
      const map = store.getState().map;
      const exists =
        anchor.kind === 'map' ||
        (anchor.kind === 'touchpoint' && map?.touchpoints.some((t) => t.id === anchor.id)) ||
        (anchor.kind === 'stage' && map?.stages.some((s) => s.id === anchor.id)) ||
        (anchor.kind === 'note' && map?.notes.some((n) => n.id === anchor.id));
      if (!exists) {
        store.setState({ error: 'That is no longer on the map.' });
        return undefined;
      }
      return run(() => model.startThread(doc, { anchor, author: me(), text, mentions, now: serverNow() }));
    },
    reply: (threadId: string, text: string, mentions: readonly string[]) =>
      run(() => model.reply(doc, threadId, { author: me(), text, mentions, now: serverNow() })),
    edit: (commentId: string, text: string, mentions: readonly string[]) =>
      run(() => (model.editComment(doc, commentId, me(), { text, mentions, now: serverNow() }), true)),
    remove: (commentId: string) => run(() => (model.deleteComment(doc, commentId, me(), serverNow()), true)),
    resolve: (threadId: string) => run(() => (model.resolveThread(doc, threadId, me(), serverNow()), true)),
    reopen: (threadId: string) => run(() => (model.reopenThread(doc, threadId), true)),
    /** Opens the comments panel on a tab, or closes it (null). */
    showPanel: (tab: 'open' | 'resolved' | null) => store.setState({ commentsTab: tab }),
    /** Whether this person wrote the comment (the only one who may edit or delete it). */
    isMine: (comment: model.Comment) => comment.author.id === presence.store.getState().self.id,
    canEditMap: () => selectCanEdit(store.getState()),
  };
}

export type CommentsActions = ReturnType<typeof createCommentsActions>;
