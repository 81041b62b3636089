import type { JourneyNotice } from '../../model';

/**
 * What a room needs from a connected client: a way to send it protocol messages and to close it.
 * Implemented by ws/Connection; kept as an interface so rooms know nothing about sockets.
 */
export interface RoomPeer {
  /** Short id for log lines. */
  readonly id: string;
  /** The person the server stamped on this connection (see access/person.ts); presence is stamped with it. */
  readonly personId: string;
  send(message: Uint8Array): void;
  /** A journey notice, sent only if the client asked for notices (absent: never). */
  notify?(notice: JourneyNotice): void;
  close(code: number, reason: string): void;
}
