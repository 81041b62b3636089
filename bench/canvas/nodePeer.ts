/**
 * A Node y-websocket client on a map's room: reads the doc's size (Y.encodeStateAsUpdate) and
 * plays a remote collaborator moving cards (moveTouchpoint commands) at a fixed rate.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { clientSchemaParams, moveTouchpoint, readMap } from '../../model';

export interface NodePeer {
  readonly doc: Y.Doc;
  /** Bytes of the whole doc as one update. */
  size(): number;
  /** Document updates received from the server since connecting. */
  updatesReceived(): number;
  /** Moves a random card to a random cell `perSecond` times a second until the returned stop. */
  moveCards(perSecond: number): () => number;
  close(): void;
}

export async function connectPeer(wsBase: string, mapId: string): Promise<NodePeer> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, mapId, doc, {
    params: clientSchemaParams(),
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
  });
  provider.awareness.setLocalState(null);
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  let received = 0;
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin === provider) received++;
  });
  return {
    doc,
    size: () => Y.encodeStateAsUpdate(doc).length,
    updatesReceived: () => received,
    moveCards(perSecond) {
      const map = readMap(doc).map;
      const cardLanes = map.lanes.filter(
        (l) => l.kind === 'touchpoints' || l.kind === 'backstage' || l.kind === 'actions',
      );
      let moves = 0;
      const timer = setInterval(() => {
        const tp = map.touchpoints[Math.floor(Math.random() * map.touchpoints.length)]!;
        const stage = map.stages[Math.floor(Math.random() * map.stages.length)]!;
        const lane = cardLanes[Math.floor(Math.random() * cardLanes.length)]!;
        moveTouchpoint(doc, tp.id, { stageId: stage.id, laneId: lane.id, index: 0 });
        moves++;
      }, 1000 / perSecond);
      return () => {
        clearInterval(timer);
        return moves;
      };
    },
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}
