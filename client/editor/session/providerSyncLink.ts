import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import type { SyncLink } from './trackUnsynced';

/** y-websocket's message type for sync messages (the first varUint of a frame). */
const MESSAGE_SYNC = 0;

/**
 * A SyncLink over the y-websocket provider. The round-trip sends a sync step 1 and waits for the
 * server's step 2: the server handles a socket's messages in order and saves each update before it
 * reads the next message, so that answer proves everything sent earlier is on its disk.
 */
export function providerSyncLink(provider: WebsocketProvider): SyncLink {
  return {
    get synced() {
      return provider.synced;
    },
    onSynced(listener) {
      provider.on('sync', listener);
      return () => provider.off('sync', listener);
    },
    roundTrip() {
      const ws = provider.ws;
      if (!ws || ws.readyState !== WebSocket.OPEN || !provider.synced) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          ws.removeEventListener('message', onMessage);
          provider.off('connection-close', onClose);
          resolve(ok);
        };
        const onMessage = (event: MessageEvent) => {
          if (event.data instanceof ArrayBuffer && isSyncStep2(new Uint8Array(event.data))) done(true);
        };
        const onClose = () => done(false);
        ws.addEventListener('message', onMessage);
        // The provider detaches its socket on close (ours or the server's): the answer is lost then.
        provider.on('connection-close', onClose);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.writeSyncStep1(encoder, provider.doc);
        ws.send(encoding.toUint8Array(encoder));
      });
    },
  };
}

function isSyncStep2(bytes: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(bytes);
    return (
      decoding.readVarUint(decoder) === MESSAGE_SYNC &&
      decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
    );
  } catch {
    return false;
  }
}
