import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

/** A y-websocket frame built from encoder steps, for tests that speak the protocol by hand. */
export function frame(...parts: Array<(e: encoding.Encoder) => void>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync "update" message (type 0, sync type 2) carrying `update`. */
export function updateFrame(update: Uint8Array): Uint8Array {
  return frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => syncProtocol.writeUpdate(e, update),
  );
}

/** A "query awareness" message (type 3): the smallest valid frame, answered by the server. */
export const QUERY_AWARENESS_FRAME = frame((e) => encoding.writeVarUint(e, 3));
