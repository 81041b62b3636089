import type { WebsocketProvider } from 'y-websocket';
import type { EditorStore } from '../store/editorStore';

/** Close codes the server uses for "do not come back" (see ARCHITECTURE.md). */
const FATAL_CLOSES: Record<number, string> = {
  4404: 'This map no longer exists. It may have been deleted by someone else.',
  4400: 'The server refused a change from this tab as malformed. Reload the page to continue.',
};

/**
 * Mirrors the provider's connection into the store: connected / reconnecting / offline, and
 * whether the first sync finished. A terminal close (map deleted, message refused) is shown.
 */
export function watchConnection(provider: WebsocketProvider, store: EditorStore): () => void {
  let everConnected = false;
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') everConnected = true;
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    store.setState({
      status: status === 'connected' ? 'connected' : offline ? 'offline' : everConnected ? 'reconnecting' : 'connecting',
    });
  };
  const onSync = (synced: boolean) => {
    if (synced) store.setState({ loaded: true });
  };
  // The provider stops reconnecting by itself on 4400–4499 and tells us with 'closed'.
  const onClose = (event: { code: number; reason: string }) => {
    store.setState({ fatal: FATAL_CLOSES[event.code] ?? `The server closed this map (${event.code} ${event.reason}).` });
  };
  // The browser knows about a dropped network before the socket does (which can take 30 s):
  // go offline at once, keep editing into the local copy, and reconnect as soon as it is back.
  const onOffline = () => {
    provider.disconnect();
    store.setState({ status: 'offline' });
  };
  const onOnline = () => {
    if (!store.getState().fatal) provider.connect();
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('closed', onClose);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  return () => {
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('closed', onClose);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
  };
}
