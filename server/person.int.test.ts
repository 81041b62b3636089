import { afterEach, describe, expect, it } from 'vitest';
import { newPersonKey, personIdFromKey } from '../model';
import { startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

describe('the person on a connection', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('is derived by the server from the key in the subprotocol list, and told to the client', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const key = newPersonKey();
    const keyed = t.connect(mapId, undefined, {}, { personKey: key });
    const again = t.connect(mapId, undefined, {}, { personKey: key });
    const anonymous = t.connect(mapId);
    await Promise.all([keyed, again, anonymous].map(waitForSync));
    await waitFor(() => [keyed, again, anonymous].every((c) => c.notices.length > 0));
    const idOf = (c: typeof keyed) => (c.notices[0]?.type === 'role' ? c.notices[0].personId : undefined);
    expect(idOf(keyed)).toBe(personIdFromKey(key));
    // Same key, same person, on every connection.
    expect(idOf(again)).toBe(personIdFromKey(key));
    // No key: a person of its own, never someone else's.
    expect(idOf(anonymous)).toMatch(/^p_/);
    expect(idOf(anonymous)).not.toBe(personIdFromKey(key));
  });

  it('answers with the journey subprotocol and never echoes the key', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const key = newPersonKey();
    const raw = await t.rawSocket(mapId, { personKey: key });
    expect(raw.ws.protocol).toBe('journey');
    raw.ws.close();
  });

  it('logs the person id, never the key', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const key = newPersonKey();
    const client = t.connect(mapId, undefined, {}, { personKey: key });
    await waitForSync(client);
    await waitFor(() => t.logs.some((line) => line.includes(personIdFromKey(key))));
    expect(t.logs.join('\n')).not.toContain(key);
  });
});
