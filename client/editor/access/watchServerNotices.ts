import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { JOURNEY_NOTICE_MESSAGE, journeyNoticeSchema, SCHEMA_RULE, type Role } from '../../../model';
import { showToast } from '../../ui/toasts';
import type { EditorStore } from '../store/editorStore';

/**
 * Journey's own socket message (type 4, a JSON varString): the server tells each connection its role
 * when it connects, and says when it dropped a write. The role goes into the store (the UI goes
 * read-only at once); a dropped write is shown, and the UI lowers itself to what the server allows
 * in that room, so the person is not left making changes that go nowhere. Invalid notices are ignored.
 */
export function watchServerNotices(
  provider: WebsocketProvider,
  store: EditorStore,
  room: 'map' | 'comments',
): () => void {
  const setRole = (role: Role) => {
    const { access } = store.getState();
    if (access.role === role) return;
    store.setState({ access: { ...access, role, canShare: access.canShare && role === 'editor' } });
  };
  provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = (_encoder, decoder) => {
    let raw: unknown;
    try {
      raw = JSON.parse(decoding.readVarString(decoder));
    } catch {
      return;
    }
    const parsed = journeyNoticeSchema.safeParse(raw);
    if (!parsed.success) return;
    const notice = parsed.data;
    if (notice.type === 'role') {
      setRole(notice.role);
      return;
    }
    if (notice.type === 'links-changed') {
      store.setState({ linksRevision: store.getState().linksRevision + 1 });
      return;
    }
    // The map was saved by a newer Journey: the editor's notice says so and offers the reload.
    if (room === 'map' && notice.rule === SCHEMA_RULE) {
      store.setState({ newerSchema: 'server' });
      return;
    }
    showToast(`Your change was not saved: ${notice.reason}`, 'error');
    // A broken rule (someone else's comment, a held seat, a frozen map) is about that one change:
    // the server already undid it here, and the role stays what it is.
    if (notice.rule !== undefined) return;
    const { role } = store.getState().access;
    if (room === 'map' && role === 'editor') setRole('commenter');
    if (room === 'comments' && role !== 'viewer') setRole('viewer');
  };
  return () => {
    // Stop acting on notices (the store may outlive the provider by a frame); nothing to answer.
    provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = () => undefined;
  };
}
