import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import type { RoomAccess } from '../access/roomAccess';
import { CloseCode, closeReason } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import { awarenessMessage, MessageType, noticeMessage } from '../rooms/messages';
import type { Room } from '../rooms/Room';
import type { RoomPeer } from '../rooms/RoomPeer';

/** A client message we cannot decode or apply; the socket is closed with 4400. */
class MalformedMessage extends Error {}

let nextId = 1;

/**
 * One client socket in one room: decodes y-websocket frames and applies them to the room with
 * itself as the transaction origin. Any error in a client's input closes only this socket.
 * Enforces the connection's role: a client that may not write this room's doc still reads it
 * (sync step 1) and has presence, but its step 2 / update messages are dropped — never applied,
 * stored or broadcast — and it is told so once.
 */
export class Connection implements RoomPeer {
  readonly id = `c${nextId++}`;
  private closing = false;
  /** Write messages dropped from a read-only client. */
  private droppedWrites = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly room: Room,
    private readonly logger: Logger,
    private readonly access: RoomAccess,
  ) {
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('close', (code, reason) => this.onClose(code, reason.toString()));
    socket.on('error', (err) => this.onError(err));
    logger.info('ws.connected', { ...room.logFields, conn: this.id, role: access.role });
    // First, so the client can turn read-only before any content arrives.
    this.send(noticeMessage({ type: 'role', role: access.role }));
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
      this.logger.warn('ws.malformed_message', { ...this.room.logFields, conn: this.id, error: reason });
      this.close(CloseCode.MALFORMED_MESSAGE, `malformed message: ${reason}`);
    }
  }

  private handle(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.SYNC: {
        const refusal = this.access.writeRefusal;
        if (refusal !== undefined && decoding.peekVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) {
          return this.dropWrite(decoder, refusal);
        }
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

  /** A step 2 / update from a client that may not write this doc. */
  private dropWrite(decoder: decoding.Decoder, refusal: string): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessage(`unknown sync message type ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    // Every client answers our step 1 with a step 2 of what it holds, usually just what it got
    // from us: only an update that would change the doc is a write. Checked until the first real
    // drop; after that the client is known to hold writes and the (costly) check is skipped.
    if (this.droppedWrites === 0 && Y.snapshotContainsUpdate(Y.snapshot(this.room.doc), update)) return;
    this.droppedWrites += 1;
    if (this.droppedWrites > 1) return;
    this.logger.warn('ws.write_dropped', { ...this.room.logFields, conn: this.id, role: this.access.role });
    this.send(noticeMessage({ type: 'write-rejected', reason: refusal }));
  }

  private onClose(code: number, reason: string): void {
    this.closing = true;
    this.logger.info('ws.closed', {
      ...this.room.logFields,
      conn: this.id,
      code,
      reason: reason || undefined,
      dropped: this.droppedWrites || undefined,
    });
    this.room.removePeer(this);
  }

  private onError(err: Error & { code?: string }): void {
    // `ws` has already closed the socket; this only explains why (maxPayload → 1009).
    if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      this.logger.warn('ws.message_too_big', {
        ...this.room.logFields,
        conn: this.id,
        code: CloseCode.MESSAGE_TOO_BIG,
        error: err.message,
      });
    } else {
      this.logger.warn('ws.error', {
        ...this.room.logFields,
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
