import type { WebsocketProvider } from 'y-websocket';
import type { EditorStore } from '../store/editorStore';

/** Close codes the server uses for "do not come back" (see ARCHITECTURE.md). */
const FATAL_CLOSES: Record<number, string> = {
  4404: 'This map no longer exists. It may have been deleted by someone else.',
};

/**
 * Mirrors the provider's connection into the store: connected / reconnecting / offline, and
 * whether the first sync finished. A fatal close (map deleted) stops reconnecting.
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
  const onClose = (event: CloseEvent | null) => {
    const fatal = event ? FATAL_CLOSES[event.code] : undefined;
    if (fatal) {
      provider.shouldConnect = false;
      store.setState({ fatal });
    }
  };
  const onOnline = () => onStatus({ status: provider.wsconnected ? 'connected' : 'connecting' });
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOnline);
  return () => {
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('connection-close', onClose);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOnline);
  };
}
