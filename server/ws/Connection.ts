import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import type { RoomAccess } from '../access/roomAccess';
import {
  canEditMap,
  CURRENT_SCHEMA_VERSION,
  type JourneyNotice,
  readFacilitator,
  readSchemaVersion,
  SCHEMA_RULE,
} from '../../model';
import { CloseCode, closeReason } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import { MessageType, noticeMessage, updateMessage } from '../rooms/messages';
import type { PresenceSender } from '../rooms/PresenceGate';
import type { Room } from '../rooms/Room';
import type { RoomPeer } from '../rooms/RoomPeer';
import { applyWithPolicy, type Rejection } from '../policy/applyWithPolicy';
import { applyClientUpdate, checkUpdateShape, type ApplyUpdate, type WriteLimits } from './applyClientUpdate';
import { SlowReaderWatch, type UnsentLimits } from './SlowReaderWatch';
import { SyncReplies, type SyncReply } from './SyncReplies';
import { TokenBucket } from './TokenBucket';

export interface ConnectionLimits extends WriteLimits, UnsentLimits {
  maxMessagesPerSecond: number;
  maxBytesPerSecond: number;
  /** The client must send sync step 1 within this after the handshake, else 4408. */
  syncTimeoutMs: number;
}

/** Milliseconds per second of applying updates one connection may cost the server (bursts of 2 s). */
const APPLY_MS_PER_SECOND = 250;

/** What a tab older than the map is told (it shows its own notice: rule `schema`). */
const SCHEMA_REFUSAL = 'This map was saved by a newer version of Journey. Reload to continue.';

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
  /** Structs this connection sent whose dependencies have not arrived yet (see applyClientUpdate). */
  private parked: Uint8Array | undefined;
  /** Presence entries the gate refused (another's client id, too big…): logged once, counted at close. */
  private refusedPresence = 0;
  private readonly presence: PresenceSender;
  private readonly messageBudget: TokenBucket;
  private readonly byteBudget: TokenBucket;
  private readonly applyBudget = new TokenBucket(APPLY_MS_PER_SECOND, 2000);
  private readonly replies: SyncReplies;
  private readonly unsent: SlowReaderWatch;
  /** Runs until the client starts the sync; a socket that never does is closed with 4408. */
  private syncTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly room: Room,
    private readonly logger: Logger,
    private readonly access: RoomAccess,
    private readonly limits: ConnectionLimits,
    /**
     * The map format this client writes (`?schema=`, stated on connect). None stated counts as this
     * server's: the upgrade already refused a map socket without it (4426), and the comments doc
     * has no format of its own.
     */
    private readonly clientSchema: number = CURRENT_SCHEMA_VERSION,
    /** The client asked for journey notices (`?notices=1`); a stock client gets standard messages only. */
    private readonly wantsNotices = false,
  ) {
    this.messageBudget = new TokenBucket(limits.maxMessagesPerSecond, limits.maxMessagesPerSecond * 2);
    this.byteBudget = new TokenBucket(limits.maxBytesPerSecond, limits.maxBytesPerSecond * 2);
    this.replies = new SyncReplies(room.doc, room.versions);
    this.unsent = new SlowReaderWatch(
      socket,
      limits,
      () => room.docBytes,
      (unsent) => this.refuse(CloseCode.SLOW_READER, 'slow reader: too much unsent data', { unsent }),
    );
    this.syncTimer = setTimeout(
      () => this.refuse(CloseCode.SYNC_TIMEOUT, 'no sync started in time', { ms: limits.syncTimeoutMs }),
      limits.syncTimeoutMs,
    );
    this.syncTimer.unref();
    this.presence = {
      peer: this,
      role: access.role,
      // Summoning is the facilitator's: an editor whose person holds the seat in the map's doc.
      mayLead: () =>
        canEditMap(access.role) &&
        room.ref.kind === 'map' &&
        readFacilitator(room.doc)?.userId === this.personId,
    };
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('close', (code, reason) => this.onClose(code, reason.toString()));
    socket.on('error', (err) => this.onError(err));
    logger.info('ws.connected', {
      ...room.logFields,
      conn: this.id,
      role: access.role,
      person: this.personId,
    });
    // First, so the client can turn read-only before any content arrives.
    this.notify({ type: 'role', role: access.role, personId: this.personId });
    room.addPeer(this);
  }

  /** The one place this connection's person id is read from (presence and the rules use it). */
  get personId(): string {
    return this.access.person.id;
  }

  send(message: Uint8Array): void {
    if (this.closing || this.socket.readyState !== WebSocket.OPEN) return;
    if (!this.unsent.allows(message.length)) return;
    this.socket.send(message, (err) => {
      if (err) this.logger.warn('ws.send_failed', { conn: this.id, error: errorMessage(err) });
    });
  }

  /** A journey notice (message type 4), only to a client that asked for them. */
  notify(notice: JourneyNotice): void {
    if (this.wantsNotices) this.send(noticeMessage(notice));
  }

  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.stopTimers();
    this.socket.close(code, closeReason(reason));
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    try {
      if (!isBinary) throw new MalformedMessage('text frames are not part of the protocol');
      const bytes = toBytes(data);
      if (!this.messageBudget.take() || !this.byteBudget.take(bytes.length)) {
        return this.refuse(CloseCode.RATE_LIMITED, 'too many messages per second', { bytes: bytes.length });
      }
      this.handle(bytes);
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
        const syncType = decoding.readVarUint(decoder);
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          // Their state vector → our step 2 with what they lack, once per doc version.
          clearTimeout(this.syncTimer);
          return this.replyWhenDurable(this.replies.syncStep2(decoding.readVarUint8Array(decoder)));
        }
        if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
          throw new MalformedMessage(`unknown sync message type ${syncType}`);
        }
        const update = decoding.readVarUint8Array(decoder);
        const refusal = this.access.writeRefusal;
        if (refusal !== undefined) return this.dropWrite(update, refusal);
        if (this.olderThanMap()) return this.dropWrite(update, SCHEMA_REFUSAL, SCHEMA_RULE);
        return this.write(update);
      }
      case MessageType.AWARENESS:
        return this.receivePresence(decoding.readVarUint8Array(decoder));
      case MessageType.QUERY_AWARENESS:
        return this.reply(this.replies.presence());
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  }

  /**
   * Sends a sync or presence answer; a request repeated at the same version gets nothing new, but
   * costs the bytes it would have, so asking in a loop ends in 4429 instead of work and memory.
   */
  private reply(reply: SyncReply): void {
    if (reply.kind === 'send') return this.send(reply.message);
    if (!this.byteBudget.take(reply.bytes)) {
      this.refuse(CloseCode.RATE_LIMITED, 'too many repeated sync requests', { bytes: reply.bytes });
    }
  }

  /**
   * Sends an answer computed from the doc only once every update the doc held then is durable
   * (issue 20: appends are in flight while the journal commits), so nothing a crash could still
   * lose leaves the server. If one fails, the room closes this socket with 1013 and it is dropped.
   */
  private replyWhenDurable(reply: SyncReply): void {
    if (this.room.isDurable) return this.reply(reply);
    this.room.whenDurable().then(
      () => {
        if (!this.closing) this.reply(reply);
      },
      () => undefined,
    );
  }

  /** Awareness entries go through the room's presence gate; what it refuses is dropped, not fatal. */
  private receivePresence(update: Uint8Array): void {
    const refused = this.room.receivePresence(this.presence, update);
    const total = Object.values(refused).reduce((sum, n) => sum + n, 0);
    if (total === 0) return;
    if (this.refusedPresence === 0) {
      this.logger.warn('ws.presence_refused', { ...this.room.logFields, conn: this.id, ...refused });
    }
    this.refusedPresence += total;
  }

  /** A step 2 / update from a client that may write: applied with this connection as origin. */
  private write(update: Uint8Array): void {
    let rejection: Rejection | undefined;
    const apply: ApplyUpdate = (doc, u, origin) => {
      rejection = applyWithPolicy(doc, this.room.ref.kind, u, origin, {
        person: this.personId,
        isPresent: (person) => this.room.hasPerson(person),
      });
    };
    // What this connection sent before that still waits for its dependencies goes in first.
    const merged = this.parked ? Y.mergeUpdates([this.parked, update]) : update;
    this.parked = undefined;
    const outcome = applyClientUpdate(this.room, merged, this, this.limits, apply);
    if (outcome.ok) this.parked = outcome.parked;
    if (rejection) this.rejected(rejection);
    if (!outcome.ok && outcome.code === CloseCode.MALFORMED_MESSAGE)
      throw new MalformedMessage(outcome.reason);
    if (!outcome.ok) return this.refuse(outcome.code, outcome.reason, { bytes: update.length });
    // Put back inside the write's own transaction (policy rule), so no peer ever saw it: still a
    // malformed message, since an honest client never writes the version.
    if (rejection?.rule === 'schema-version') throw new MalformedMessage(rejection.reason);
    if (!this.applyBudget.take(outcome.ms)) {
      this.refuse(CloseCode.RATE_LIMITED, 'updates too costly to apply', { ms: Math.round(outcome.ms) });
    }
  }

  /**
   * A write broke a server rule and was undone in its own transaction: the client gets the net
   * update (so it drops what it wrote) and is told why.
   */
  private rejected(rejection: Rejection): void {
    const { update } = rejection;
    // The net update is what the writer keeps of its write: stored with it, so sent once durable.
    if (update) this.replyWhenDurable({ kind: 'send', message: updateMessage(update) });
    this.logger.warn('ws.write_rejected', { ...this.room.logFields, conn: this.id, rule: rejection.rule });
    this.notify({ type: 'write-rejected', reason: rejection.reason, rule: rejection.rule });
  }

  /** Closes this socket for a limit or a bad write; the stock client does not retry 44xx codes. */
  private refuse(code: number, reason: string, detail: Record<string, number>): void {
    this.logger.warn('ws.refused_message', {
      ...this.room.logFields,
      conn: this.id,
      code,
      reason,
      ...detail,
    });
    this.close(code, reason);
  }

  /**
   * The schema handshake: a client whose format is older than the map's (saved by a newer Journey
   * since it connected) would write shapes it does not know. Its writes are dropped, not applied.
   */
  private olderThanMap(): boolean {
    return this.room.ref.kind === 'map' && this.clientSchema < readSchemaVersion(this.room.doc);
  }

  /** A step 2 / update from a client that may not write this doc (its role, or its older format). */
  private dropWrite(update: Uint8Array, refusal: string, rule?: string): void {
    const shape = checkUpdateShape(this.room.doc, update);
    if (!shape.ok) throw new MalformedMessage(shape.reason);
    // Every client answers our step 1 with a step 2 of what it holds, usually just what it got
    // from us: only an update that would change the doc is a write. Checked until the first real
    // drop; after that the client is known to hold writes and the (costly) check is skipped.
    if (this.droppedWrites === 0 && Y.snapshotContainsUpdate(Y.snapshot(this.room.doc), update)) return;
    this.droppedWrites += 1;
    if (this.droppedWrites > 1) return;
    this.logger.warn('ws.write_dropped', {
      ...this.room.logFields,
      conn: this.id,
      role: this.access.role,
      rule,
    });
    this.notify({ type: 'write-rejected', reason: refusal, rule });
  }

  private stopTimers(): void {
    clearTimeout(this.syncTimer);
    this.unsent.stop();
  }

  private onClose(code: number, reason: string): void {
    this.closing = true;
    this.stopTimers();
    this.logger.info('ws.closed', {
      ...this.room.logFields,
      conn: this.id,
      code,
      reason: reason || undefined,
      dropped: this.droppedWrites || undefined,
      refusedPresence: this.refusedPresence || undefined,
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

/**
 * The frame in a buffer of its own: lib0 builds views for length-prefixed fields, and a lying length
 * on a view into a shared buffer would read the bytes after the frame instead of failing.
 */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  return new Uint8Array(data);
}
