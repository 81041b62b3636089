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

/** One entry of a hand-made awareness update: `state` is sent as JSON (null = "this client left"). */
export interface RawAwarenessEntry {
  clientID: number;
  clock: number;
  state: unknown;
}

/** An awareness message (type 1) carrying `entries` exactly as given, true or not. */
export function awarenessFrame(entries: readonly RawAwarenessEntry[]): Uint8Array {
  const update = frame(
    (e) => encoding.writeVarUint(e, entries.length),
    ...entries.map(({ clientID, clock, state }) => (e: encoding.Encoder) => {
      encoding.writeVarUint(e, clientID);
      encoding.writeVarUint(e, clock);
      encoding.writeVarString(e, JSON.stringify(state));
    }),
  );
  return frame(
    (e) => encoding.writeVarUint(e, 1),
    (e) => encoding.writeVarUint8Array(e, update),
  );
}
