import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket, type RawData } from 'ws';
import { CloseCode, closeReason } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import { awarenessMessage, MessageType } from '../rooms/messages';
import type { Room } from '../rooms/Room';
import type { RoomPeer } from '../rooms/RoomPeer';

/** A client message we cannot decode or apply; the socket is closed with 4400. */
class MalformedMessage extends Error {}

let nextId = 1;

/**
 * One client socket in one room: decodes y-websocket frames and applies them to the room with
 * itself as the transaction origin. Any error in a client's input closes only this socket.
 */
export class Connection implements RoomPeer {
  readonly id = `c${nextId++}`;
  private closing = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly room: Room,
    private readonly logger: Logger,
  ) {
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('close', (code, reason) => this.onClose(code, reason.toString()));
    socket.on('error', (err) => this.onError(err));
    logger.info('ws.connected', { map: room.mapId, conn: this.id });
    room.addPeer(this);
  }

  send(message: Uint8Array): void {
    if (this.closing || this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(message, (err) => {
      if (err) this.logger.warn('ws.send_failed', { conn: this.id, error: errorMessage(err) });
    });
  }

  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.socket.close(code, closeReason(reason));
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    try {
      if (!isBinary) throw new MalformedMessage('text frames are not part of the protocol');
      this.handle(toBytes(data));
    } catch (err) {
      // Decoding errors from lib0/Yjs are plain Errors: anything thrown here came from bad input,
      // since the room handles its own storage failures.
      const reason = errorMessage(err) || 'malformed message';
      this.logger.warn('ws.malformed_message', { map: this.room.mapId, conn: this.id, error: reason });
      this.close(CloseCode.MALFORMED_MESSAGE, `malformed message: ${reason}`);
    }
  }

  private handle(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.SYNC: {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MessageType.SYNC);
        // Step 1 → we answer step 2; step 2 / update → applied with this connection as origin.
        syncProtocol.readSyncMessage(decoder, encoder, this.room.doc, this, rethrowUpdateError);
        if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
        return;
      }
      case MessageType.AWARENESS:
        awarenessProtocol.applyAwarenessUpdate(
          this.room.awareness,
          decoding.readVarUint8Array(decoder),
          this,
        );
        return;
      case MessageType.QUERY_AWARENESS:
        this.send(awarenessMessage(this.room.awareness, [...this.room.awareness.getStates().keys()]));
        return;
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  }

  private onClose(code: number, reason: string): void {
    this.closing = true;
    this.logger.info('ws.closed', { map: this.room.mapId, conn: this.id, code, reason: reason || undefined });
    this.room.removePeer(this);
  }

  private onError(err: Error & { code?: string }): void {
    // `ws` has already closed the socket; this only explains why (maxPayload → 1009).
    if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      this.logger.warn('ws.message_too_big', {
        map: this.room.mapId,
        conn: this.id,
        code: CloseCode.MESSAGE_TOO_BIG,
        error: err.message,
      });
    } else {
      this.logger.warn('ws.error', {
        map: this.room.mapId,
        conn: this.id,
        error: err.message,
        wsCode: err.code,
      });
    }
  }
}

/** y-protocols would only console.error a failed update; we want it to close the socket. */
function rethrowUpdateError(err: Error): never {
  throw new MalformedMessage(`update could not be applied: ${err.message}`);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
