import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../model';
import { trackUnsynced, type SyncLink } from './trackUnsynced';

/** A provider stand-in: the test decides when it is synced and when the server answers. */
function fakeLink() {
  let synced = false;
  const listeners = new Set<(s: boolean) => void>();
  const answers: Array<(ok: boolean) => void> = [];
  const link: SyncLink = {
    get synced() {
      return synced;
    },
    onSynced(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    roundTrip: () => new Promise<boolean>((resolve) => answers.push(resolve)),
  };
  return {
    link,
    answers,
    setSynced(s: boolean) {
      synced = s;
      for (const l of listeners) l(s);
    },
    /** The server answers the oldest round-trip in flight. */
    async answer(ok = true) {
      answers.shift()?.(ok);
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

const REMOTE = { source: 'provider' };

function setup(initial = 0) {
  const doc = new Y.Doc();
  const net = fakeLink();
  const counts: number[] = [];
  const stop = trackUnsynced(doc, net.link, {
    initial,
    ignoreOrigins: [REMOTE],
    onChange: (n) => counts.push(n),
  });
  const edit = (key: string, origin: unknown = LOCAL_ORIGIN) =>
    doc.transact(() => doc.getMap('m').set(key, 1), origin);
  return { doc, net, counts, stop, edit, last: () => counts.at(-1) };
}

describe('trackUnsynced', () => {
  it('counts edits made offline and clears them once a round-trip after reconnecting confirms them', async () => {
    const { net, edit, last } = setup();
    expect(last()).toBe(0);
    edit('a');
    edit('b');
    edit('c', REMOTE); // arrived from the server: nothing to send
    expect(last()).toBe(2);
    expect(net.answers).toHaveLength(0);
    net.setSynced(true);
    expect(net.answers).toHaveLength(1);
    expect(last()).toBe(2);
    await net.answer();
    expect(last()).toBe(0);
  });

  it('counts an edit sent while synced until the server acknowledges it', async () => {
    const { net, edit, last } = setup();
    net.setSynced(true);
    edit('a');
    expect(last()).toBe(1);
    edit('b'); // sent while the first round-trip is in flight: needs one of its own
    expect(net.answers).toHaveLength(1);
    await net.answer();
    expect(last()).toBe(1);
    expect(net.answers).toHaveLength(1);
    await net.answer();
    expect(last()).toBe(0);
  });

  it('keeps the count when the connection drops before the answer, and confirms after the next sync', async () => {
    const { net, edit, last } = setup();
    net.setSynced(true);
    edit('a');
    net.setSynced(false);
    await net.answer(false);
    edit('b');
    expect(last()).toBe(2);
    expect(net.answers).toHaveLength(0);
    net.setSynced(true);
    await net.answer();
    expect(last()).toBe(0);
  });

  it('starts from the count saved before a reload and stops counting when stopped', () => {
    const { net, edit, last, stop, counts } = setup(3);
    expect(last()).toBe(3);
    edit('a');
    expect(last()).toBe(4);
    stop();
    edit('b');
    net.setSynced(true);
    expect(counts.at(-1)).toBe(4);
    expect(net.answers).toHaveLength(0);
  });
});
