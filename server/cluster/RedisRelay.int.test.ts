import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../log';
import { haveEngines, TEST_REDIS_URL } from '../testing/engines';
import { waitFor } from '../testing/harness';
import type { ClusterEvent, RelaySink } from './DocRelay';
import { docChannel, EVENTS_CHANNEL, RedisRelay } from './RedisRelay';
import { encodeFrame, newSenderId } from './relayFrames';

/** A sink that records what it is given. */
function recorder() {
  const got = { updates: [] as number[][], awareness: [] as number[][], resyncs: 0 };
  const sink: RelaySink = {
    update: (u) => got.updates.push([...u]),
    awareness: (u) => got.awareness.push([...u]),
    resync: () => (got.resyncs += 1),
  };
  return { got, sink };
}

function logs(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (event: string) => lines.push(event);
  return { lines, info: push, warn: push, error: push };
}

describe.runIf(haveEngines('redis'))('RedisRelay on a real Redis', () => {
  const open: Array<{ close(): Promise<void> } | Redis> = [];
  afterEach(async () => {
    for (const o of open.splice(0)) await (o instanceof Redis ? o.quit() : o.close());
  });
  const relay = async (logger: Logger = logs()) => {
    const r = await RedisRelay.connect(TEST_REDIS_URL!, logger);
    open.push(r);
    return r;
  };

  it('relays a doc’s updates and presence to the other processes that joined it, never back to the sender', async () => {
    const [a, b, c] = [await relay(), await relay(), await relay()];
    const atA = recorder();
    const atB = recorder();
    a.join('doc-1', atA.sink);
    b.join('doc-1', atB.sink);
    // Joining reads the doc again once the subscription holds (a publish in between is not missed).
    await waitFor(() => atA.got.resyncs === 1 && atB.got.resyncs === 1, 5000, 'subscriptions hold');

    a.publishUpdate('doc-1', new Uint8Array([1, 2, 3]));
    b.publishAwareness('doc-1', new Uint8Array([9]));
    c.publishUpdate('doc-2', new Uint8Array([7]));
    await waitFor(() => atB.got.updates.length === 1 && atA.got.awareness.length === 1, 5000, 'relayed');
    c.publishUpdate('doc-1', new Uint8Array([4]));
    await waitFor(() => atA.got.updates.length === 1 && atB.got.updates.length === 2, 5000, 'fence');

    expect(atB.got.updates).toEqual([[1, 2, 3], [4]]);
    expect(atA.got.updates).toEqual([[4]]);
    expect(atA.got.awareness).toEqual([[9]]);
    expect(atB.got.awareness).toEqual([]);
  });

  it('drops frames it cannot read, with a log line, and keeps relaying', async () => {
    const log = logs();
    const a = await relay(log);
    const b = await relay();
    const atA = recorder();
    const events: ClusterEvent[] = [];
    a.onEvent((e) => events.push(e));
    a.join('doc-1', atA.sink);
    await waitFor(() => atA.got.resyncs === 1, 5000, 'subscribed');
    const raw = new Redis(TEST_REDIS_URL!);
    open.push(raw);
    const stranger = newSenderId();
    await raw.publish(docChannel('doc-1'), 'hello');
    await raw.publish(docChannel('doc-1'), Buffer.from([7]));
    // A well-framed update Yjs cannot read reaches the sink, whose throw must not escape.
    a.join('doc-2', {
      update: () => {
        throw new Error('unreadable update');
      },
      awareness: () => {},
      resync: () => {},
    });
    await raw.publish(EVENTS_CHANNEL, encodeFrame('event', stranger, Buffer.from('{"type":"nope"}')));
    await raw.publish(EVENTS_CHANNEL, encodeFrame('event', stranger, Buffer.from('not json')));
    await raw.publish(EVENTS_CHANNEL, encodeFrame('update', stranger, Buffer.from([1])));
    await waitFor(
      () => log.lines.filter((l) => l === 'relay.bad_frame').length === 5,
      5000,
      'bad frames logged',
    );
    await new Promise((r) => setTimeout(r, 100));
    await raw.publish(docChannel('doc-2'), encodeFrame('update', stranger, Buffer.from([1])));
    await waitFor(
      () => log.lines.filter((l) => l === 'relay.bad_frame').length === 6,
      5000,
      'sink throw logged',
    );

    b.publishUpdate('doc-1', new Uint8Array([5]));
    b.publishEvent({ type: 'link-revoked', mapId: 'm', linkId: 'l' });
    await waitFor(() => atA.got.updates.length === 1 && events.length === 1, 5000, 'still relaying');
    expect(atA.got.updates).toEqual([[5]]);
    expect(events).toEqual([{ type: 'link-revoked', mapId: 'm', linkId: 'l' }]);
  });

  it('refuses to start when Redis cannot be reached, saying where it looked', async () => {
    await expect(RedisRelay.connect('redis://127.0.0.1:1', logs())).rejects.toThrow(
      /cannot reach Redis at redis:\/\/127\.0\.0\.1:1.*JOURNEY_REDIS_URL/,
    );
  });
});
