import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { clientSchemaParams, newPersonKey, personProtocols } from '../model';

/** A simulated person on a map: a stock provider in Node with a person key of its own. */
export interface CrowdPeer {
  readonly name: string;
  /** Puts this person's cursor (flow coordinates) and the view they see, as the Journey client publishes. */
  point(
    cursor: { x: number; y: number },
    view?: { x: number; y: number; width: number; height: number },
  ): void;
  close(): void;
}

/** Connects `names.length` people to `mapId` over the real socket, each with a distinct person and colour. */
export async function connectCrowd(
  baseURL: string,
  mapId: string,
  names: readonly string[],
): Promise<CrowdPeer[]> {
  const wsBase = `${baseURL.replace(/^http/, 'ws')}/ws`;
  return Promise.all(
    names.map(async (name, i) => {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(wsBase, mapId, doc, {
        params: clientSchemaParams(),
        protocols: personProtocols(newPersonKey()),
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      const color = `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(-6)}`;
      const user = { id: `u_crowd_${i}`, name, color };
      provider.awareness.setLocalState({ user });
      await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
      return {
        name,
        point(cursor, view) {
          provider.awareness.setLocalState({ user, cursor, ...(view ? { view } : {}) });
        },
        close() {
          provider.destroy();
          doc.destroy();
        },
      } satisfies CrowdPeer;
    }),
  );
}
