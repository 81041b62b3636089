import { Redis } from 'ioredis';
import { errorMessage, type Logger } from '../log';
import type { ClusterEvent, DocRelay, RelaySink } from './DocRelay';
import {
  decodeEvent,
  decodeFrame,
  encodeEvent,
  encodeFrame,
  newSenderId,
  type FrameKind,
} from './relayFrames';

/** One channel per doc, so a process hears only the docs it holds; one for cluster events. */
const DOC_CHANNEL_PREFIX = 'journey:doc:';
export const EVENTS_CHANNEL = 'journey:events';
export const docChannel = (docId: string) => `${DOC_CHANNEL_PREFIX}${docId}`;

/** How long the first connection may take before the server refuses to start. */
const CONNECT_TIMEOUT_MS = 5000;
/** Reconnect backoff after an outage: 100 ms, doubling, at most 2 s. */
const retryDelay = (attempt: number) => Math.min(2000, 100 * 2 ** Math.min(attempt, 5));

/**
 * The cluster relay on Redis **pub/sub** (issue 20). Updates are durable in PostgreSQL before they
 * are published, so Redis carries only the fan-out and keeps nothing: a message lost while a
 * subscriber reconnects (or while Redis restarts) is repaired by re-reading the doc from the store
 * (`RelaySink.resync`). Streams would keep a second copy of the durable log, with its own trimming
 * and consumer bookkeeping, to repair what the store already repairs.
 *
 * Two connections: a subscriber (in subscribe mode it can do nothing else) and a publisher. While
 * Redis is down, publishing drops the message (no offline queue: the store has it) and local peers
 * keep working; once the subscriber is back it resubscribes, then resyncs every joined doc.
 */
export class RedisRelay implements DocRelay {
  private readonly sender = newSenderId();
  private readonly sinks = new Map<string, RelaySink>();
  private readonly listeners = new Set<(event: ClusterEvent) => void>();
  private readonly reconnectListeners = new Set<() => void>();
  /** Whether both connections are up; `relay.down` / `relay.up` are logged on each change. */
  private up = true;
  private closed = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly logger: Logger,
  ) {
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel, message));
    for (const client of [publisher, subscriber]) {
      client.on('error', (err: Error) => this.wentDown(err));
      client.on('close', () => this.wentDown());
      client.on('ready', () => this.cameBack());
    }
  }

  /** Connects both clients; throws (with a clear message) when Redis cannot be reached. */
  static async connect(url: string, logger: Logger): Promise<RedisRelay> {
    const options = {
      lazyConnect: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Subscriptions are renewed by hand on `ready`, then every joined doc is resynced after it.
      autoResubscribe: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: retryDelay,
    };
    // Auto-pipelining: a group commit settles a whole batch of updates in one turn of the loop, and
    // their PUBLISHes then leave in one write (one syscall here, one read in Redis) instead of one each.
    const publisher = new Redis(url, {
      ...options,
      connectionName: 'journey-pub',
      enableAutoPipelining: true,
    });
    const subscriber = new Redis(url, { ...options, connectionName: 'journey-sub' });
    // Errors before the first connection are the start's to report, not the relay's to log.
    const quiet = () => {};
    publisher.on('error', quiet);
    subscriber.on('error', quiet);
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
      await subscriber.subscribe(EVENTS_CHANNEL);
    } catch (err) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new Error(`cannot reach Redis at ${safeUrl(url)} (JOURNEY_REDIS_URL): ${errorMessage(err)}`);
    } finally {
      publisher.off('error', quiet);
      subscriber.off('error', quiet);
    }
    logger.info('relay.connected', { redis: safeUrl(url) });
    return new RedisRelay(publisher, subscriber, logger);
  }

  join(docId: string, sink: RelaySink): void {
    this.sinks.set(docId, sink);
    // The caller reads the store right after joining, before SUBSCRIBE has reached Redis: an update
    // published in between would be missed, so the doc is read again once the subscription holds.
    this.subscribe([docId]).then(
      (ok) => ok && this.sinks.get(docId) === sink && sink.resync(),
      () => {},
    );
  }

  leave(docId: string): void {
    if (!this.sinks.delete(docId) || this.subscriber.status !== 'ready') return;
    this.subscriber.unsubscribe(docChannel(docId)).catch(() => {});
  }

  publishUpdate(docId: string, update: Uint8Array): void {
    this.publish(docChannel(docId), 'update', update);
  }

  publishAwareness(docId: string, update: Uint8Array): void {
    this.publish(docChannel(docId), 'awareness', update);
  }

  publishEvent(event: ClusterEvent): void {
    this.publish(EVENTS_CHANNEL, 'event', encodeEvent(event));
  }

  onEvent(listener: (event: ClusterEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.sinks.clear();
    this.listeners.clear();
    this.reconnectListeners.clear();
    await Promise.all([quit(this.publisher), quit(this.subscriber)]);
  }

  /** Redis down: the message is dropped; the subscribers that miss it resync when it is back. */
  private publish(channel: string, kind: FrameKind, payload: Uint8Array): void {
    if (this.closed || this.publisher.status !== 'ready') return;
    this.publisher.publish(channel, encodeFrame(kind, this.sender, payload)).catch(() => {});
  }

  /** Resolves false when the subscriber is not connected (the `ready` handler subscribes then). */
  private async subscribe(docIds: string[]): Promise<boolean> {
    if (this.closed || this.subscriber.status !== 'ready' || docIds.length === 0) return false;
    try {
      await this.subscriber.subscribe(...docIds.map(docChannel));
      return true;
    } catch {
      return false;
    }
  }

  /** A bad frame (another program publishing on our channels, a truncated message) is logged and dropped. */
  private receive(channelBytes: Buffer, message: Buffer): void {
    try {
      const frame = decodeFrame(message);
      // Redis delivers our own messages back to us: dropped before anything else is decoded.
      if (frame?.sender.equals(this.sender)) return;
      const channel = channelBytes.toString('utf8');
      if (!frame) return this.dropped(channel, 'not a relay frame');
      if (channel === EVENTS_CHANNEL) {
        const event = frame.kind === 'event' ? decodeEvent(frame.payload) : undefined;
        if (!event) return this.dropped(channel, 'not a cluster event');
        for (const listener of this.listeners) listener(event);
        return;
      }
      const sink = channel.startsWith(DOC_CHANNEL_PREFIX)
        ? this.sinks.get(channel.slice(DOC_CHANNEL_PREFIX.length))
        : undefined;
      if (!sink) return;
      if (frame.kind === 'update') sink.update(frame.payload);
      else if (frame.kind === 'awareness') sink.awareness(frame.payload);
      else this.dropped(channel, 'an event on a doc channel');
    } catch (err) {
      // A relayed update Yjs or the awareness decoder cannot read must not take the process down.
      this.logger.warn('relay.bad_frame', { error: errorMessage(err) });
    }
  }

  private dropped(channel: string, why: string): void {
    this.logger.warn('relay.bad_frame', { channel, why });
  }

  private wentDown(err?: Error): void {
    if (this.closed || !this.up) return;
    this.up = false;
    this.logger.warn('relay.down', { error: err ? errorMessage(err) : 'connection closed' });
  }

  /**
   * Both connections are back: renew the subscriptions, then re-read every joined doc, then tell
   * the reconnect listeners (after the events channel is heard again, so nothing falls between).
   */
  private cameBack(): void {
    if (this.closed || this.up) return;
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') return;
    this.up = true;
    const docIds = [...this.sinks.keys()];
    this.logger.info('relay.up', { docs: docIds.length });
    void (async () => {
      try {
        await this.subscriber.subscribe(EVENTS_CHANNEL);
        await this.subscribe(docIds);
      } catch (err) {
        this.logger.warn('relay.resubscribe_failed', { error: errorMessage(err) });
        return;
      }
      for (const docId of docIds) this.sinks.get(docId)?.resync();
      for (const listener of this.reconnectListeners) {
        try {
          listener();
        } catch (err) {
          this.logger.error('relay.reconnect_listener_failed', { error: errorMessage(err) });
        }
      }
    })();
  }
}

/** The URL without its password, for log lines and errors. */
function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an unreadable URL';
  }
}

async function quit(client: Redis): Promise<void> {
  try {
    if (client.status === 'ready') await client.quit();
    else client.disconnect();
  } catch {
    client.disconnect();
  }
}
