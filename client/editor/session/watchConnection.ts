import type { WebsocketProvider } from 'y-websocket';
import { accessCloseMessage } from '../access/accessMessages';
import type { ConnectionStatus, EditorStore } from '../store/editorStore';

/** Close codes the server uses for "do not come back" (see ARCHITECTURE.md). */
const FATAL_CLOSES: Record<number, string> = {
  4404: 'This map no longer exists. It may have been deleted by someone else.',
  4400: 'The server refused a change from this tab as malformed. Reload the page to continue.',
  4413: 'This map has reached its size limit, so your last change was not saved. Remove content or split the map, then reload.',
  4426: 'Journey was updated on the server. Reload the page to continue: your changes on this device are kept and sync after the reload.',
  4429: 'This tab sent changes faster than the server accepts. Reload the page to continue; nothing is lost.',
  // Not a 44xx code, so the provider would retry (and resend the same change) for ever: we stop it.
  1009: 'A change from this tab is larger than the server accepts in one message, so it was not saved. Reload the page.',
};

/** What the editor shows for a close that ends the session; 4401/4403 say what is wrong with the link. */
export function fatalCloseMessage(event: { code: number; reason: string }): string {
  return (
    accessCloseMessage(event.code, event.reason) ??
    FATAL_CLOSES[event.code] ??
    `The server closed this map (${event.code} ${event.reason}).`
  );
}

/**
 * What a terminal close does to the store. A 4426 ("Journey was updated") on a map already shown
 * keeps it on screen, read-only with "reload to continue", like a map saved by a newer Journey;
 * before anything loaded there is nothing to show, so it is the full-page notice like the others.
 */
export function stateAfterClose(
  event: { code: number; reason: string },
  loaded: boolean,
): { newerSchema: 'server' } | { fatal: string } {
  return event.code === 4426 && loaded ? { newerSchema: 'server' } : { fatal: fatalCloseMessage(event) };
}

/**
 * Mirrors the provider's connection into the store: connected / reconnecting / offline, and
 * whether the first sync finished. A terminal close (map deleted, message refused) is shown.
 */
export function watchConnection(provider: WebsocketProvider, store: EditorStore): () => void {
  let everConnected = false;
  // Set by the first socket that closes: from then on, not connected means offline or reconnecting.
  let failedOnce = false;
  const statusFor = (status: 'connected' | 'disconnected' | 'connecting'): ConnectionStatus => {
    if (status === 'connected') return 'connected';
    if (typeof navigator !== 'undefined' && !navigator.onLine) return 'offline';
    if (everConnected) return 'reconnecting';
    // Opened without reaching the server (e.g. reloaded while it is down): working from the local
    // copy is "offline", not an endless "connecting".
    return failedOnce ? 'offline' : 'connecting';
  };
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') everConnected = true;
    store.setState({ status: statusFor(status) });
  };
  // A failed attempt emits no 'disconnected' status (the socket never opened), only this.
  const onConnectionClose = (event: { code: number; reason: string } | null) => {
    if (event?.code === 1009) {
      provider.disconnect();
      store.setState({ fatal: fatalCloseMessage(event) });
    }
    failedOnce = true;
    if (!provider.wsconnected) store.setState({ status: statusFor('disconnected') });
  };
  const onSync = (synced: boolean) => {
    if (synced) store.setState({ loaded: true });
  };
  // The provider stops reconnecting by itself on 4400–4499 and tells us with 'closed'.
  const onClose = (event: { code: number; reason: string }) => {
    store.setState(stateAfterClose(event, store.getState().loaded));
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
  provider.on('connection-close', onConnectionClose);
  provider.on('sync', onSync);
  provider.on('closed', onClose);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  return () => {
    provider.off('status', onStatus);
    provider.off('connection-close', onConnectionClose);
    provider.off('sync', onSync);
    provider.off('closed', onClose);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
  };
}
