import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTouchpoint,
  claimFacilitatorSeat,
  deleteStage,
  newPersonKey,
  personIdFromKey,
  readMap,
  sameJson,
  setFrozen,
} from '../model';
import type { VersionSummary } from '../model/history/historyTypes';
import {
  mapOf,
  startTestServer,
  waitFor,
  waitForSync,
  type TestClient,
  type TestServer,
} from './testing/harness';

const HOUR = 3_600_000;

/** The map as people see it, without facilitation (which a restore leaves alone). */
function content(doc: Y.Doc) {
  const { facilitation: _facilitation, ...rest } = mapOf(doc);
  return rest;
}

function nameYourself(client: TestClient, id: string, name: string): void {
  client.provider.awareness.setLocalState({ user: { id, name, color: '#2563eb' } });
}

describe('versions are taken by themselves', () => {
  let t: TestServer;
  let clock = 0;
  beforeEach(() => {
    clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  });
  afterEach(() => t.dispose());

  const versionsOf = async (mapId: string) =>
    (
      (await t.api(`/api/maps/${mapId}/versions`)).body as unknown as {
        versions: VersionSummary[];
      }
    ).versions;
  const reasons = async (mapId: string) => (await versionsOf(mapId)).map((v) => v.reason);

  it('at first load, session start, and session end when the map changed, with who was there', async () => {
    t = await startTestServer({ now: () => clock });
    const mapId = await t.createMap({ template: 'sample' });
    expect(await reasons(mapId)).toEqual([]);
    const ann = await t.joinAs(mapId, 'Ann');
    nameYourself(ann.client, ann.id, 'Ann');
    await waitFor(() => t.server.rooms.get(mapId)!.awareness.getStates().size === 1);
    expect(await reasons(mapId)).toEqual(['session-start', 'first-load']);
    // Taken as Ann joined, before her editor said her name: listed with the name seen since.
    expect((await versionsOf(mapId))[0]!.people).toEqual([{ id: ann.id, name: 'Ann' }]);

    const [stage] = readMap(ann.client.doc).map.stages;
    addTouchpoint(ann.client.doc, { stageId: stage!.id, title: 'Added in the session' });
    await waitFor(() => t.server.store.lastEditSeq(mapId) > 0, 5000, 'edit stored');
    ann.client.provider.destroy();
    await waitFor(() => t.server.rooms.get(mapId)?.peerCount === 0, 5000, 'left');
    const [end] = await versionsOf(mapId);
    expect(end).toMatchObject({
      reason: 'session-end',
      kind: 'auto',
      takenBy: null,
      people: [{ id: ann.id, name: 'Ann' }],
      changes: { added: 1, removed: 0, changed: 0 },
    });

    // A session in which nothing changed ends without a version.
    const bob = await t.joinAs(mapId, 'Bob');
    bob.client.provider.destroy();
    await waitFor(() => t.server.rooms.get(mapId)?.peerCount === 0, 5000, 'left');
    expect(await reasons(mapId)).toEqual(['session-start', 'session-end', 'session-start', 'first-load']);
  });

  it('ends the session with a version when the server shuts down on people', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'sample' });
    const ann = await t.joinAs(mapId, 'Ann');
    const [stage] = readMap(ann.client.doc).map.stages;
    addTouchpoint(ann.client.doc, { stageId: stage!.id, title: 'Just before the shutdown' });
    await waitFor(() => t.server.store.lastEditSeq(mapId) > 0, 5000, 'edit stored');
    await t.restart();
    const [last] = t.server.store.listVersions(mapId);
    expect(last).toMatchObject({ reason: 'session-end', people: [{ id: ann.id, name: '' }] });
    expect(last!.editSeq).toBe(t.server.store.lastEditSeq(mapId));
  });

  it('hourly, at most once an hour, while the map is edited (fake clock)', async () => {
    t = await startTestServer({ now: () => clock, versionEveryMs: HOUR });
    const mapId = await t.createMap({ template: 'sample' });
    const ann = await t.joinAs(mapId, 'Ann');
    const [stage] = readMap(ann.client.doc).map.stages;
    const edit = async (title: string) => {
      const before = t.server.store.lastEditSeq(mapId);
      addTouchpoint(ann.client.doc, { stageId: stage!.id, title });
      await waitFor(() => t.server.store.lastEditSeq(mapId) > before, 5000, 'edit stored');
      // Past the setImmediate that takes the version.
      await new Promise((r) => setTimeout(r, 20));
    };
    await edit('at 9:00');
    clock += 30 * 60_000;
    await edit('at 9:30');
    expect(await reasons(mapId)).toEqual(['session-start', 'first-load']);
    clock += 31 * 60_000;
    await edit('at 10:01');
    await edit('at 10:01 again');
    expect(await reasons(mapId)).toEqual(['hourly', 'session-start', 'first-load']);
    clock += HOUR;
    await edit('at 11:01');
    const versions = await versionsOf(mapId);
    expect(versions.map((v) => v.reason)).toEqual(['hourly', 'hourly', 'session-start', 'first-load']);
    expect(versions[0]!.takenAt).toBe(new Date(clock).toISOString());
    expect(versions[1]!.changes.added).toBe(3);
  });

  it('compaction keeps every version and every edit', async () => {
    t = await startTestServer({ compactEvery: 3 });
    const mapId = await t.createMap({ template: 'sample' });
    const ann = await t.joinAs(mapId, 'Ann');
    const [stage] = readMap(ann.client.doc).map.stages;
    const named = await t.api(`/api/maps/${mapId}/versions`, { method: 'POST', body: { name: 'Before' } });
    expect(named.status).toBe(201);
    for (let i = 0; i < 10; i++) addTouchpoint(ann.client.doc, { stageId: stage!.id, title: `card ${i}` });
    await waitFor(() => t.server.store.listEdits(mapId, 0).length >= 10, 5000, 'edits stored');
    await waitFor(() => t.logs.some((l) => l.includes('room.compacted')), 5000, 'compacted');
    expect(t.server.store.loadDoc(mapId)!.updates.length).toBeLessThan(10);
    expect((await versionsOf(mapId)).map((v) => v.reason)).toEqual(['named', 'session-start', 'first-load']);
    const state = t.server.store.versionStates(mapId, (await versionsOf(mapId))[0]!.id)!.map;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    expect(readMap(doc).map.touchpoints.some((tp) => tp.title.startsWith('card'))).toBe(false);
    expect(t.server.store.listEdits(mapId, 0).every((e) => e.personId === ann.id)).toBe(true);
  });

  it('thins automatic versions through the store after each take, keeping named ones', async () => {
    t = await startTestServer({ now: () => clock });
    const mapId = await t.createMap({ template: 'blank' });
    const at = (daysAgo: number, hour: number) => Date.UTC(2026, 0, 5 - daysAgo, hour, 0, 0);
    const insert = (id: string, takenAt: number, kind: 'auto' | 'named') =>
      t.server.store.insertVersion(
        {
          id,
          mapId,
          kind,
          reason: kind === 'named' ? 'named' : 'hourly',
          name: kind === 'named' ? id : null,
          takenAt,
          takenBy: null,
          people: [],
          changes: { added: 0, removed: 0, changed: 0 },
          restoredFrom: null,
          editSeq: 0,
        },
        { map: new Uint8Array([0, 0]), comments: new Uint8Array([0, 0]) },
      );
    insert('ver_today', clock - 2 * HOUR, 'auto');
    insert('ver_3d_10h', at(3, 10), 'auto');
    insert('ver_3d_10h30', at(3, 10) + 30 * 60_000, 'auto');
    insert('ver_20d_a', at(20, 8), 'auto');
    insert('ver_20d_b', at(20, 18), 'auto');
    insert('ver_200d', at(200, 12), 'auto');
    insert('ver_named_200d', at(200, 12), 'named');
    const res = await t.api(`/api/maps/${mapId}/versions`, { method: 'POST', body: { name: 'Now' } });
    expect(res.status).toBe(201);
    const now = (res.body as unknown as { version: VersionSummary }).version.id;
    // Default policy: all of the last day, the newest per hour for a week, per day to 90 days.
    const kept = (await versionsOf(mapId)).map((v) => v.id);
    expect(kept).toEqual([now, 'ver_today', 'ver_3d_10h30', 'ver_20d_b', 'ver_named_200d']);
  });
});

describe('restore', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('syncs to three connected stock clients, is attributed to its requester, and is reversible', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'sample' });
    const people = [await t.joinAs(mapId, 'Ann'), await t.joinAs(mapId, 'Bob'), await t.joinAs(mapId, 'Cy')];
    const [ann] = people;
    const before = content(ann!.client.doc);
    const named = await t.api(`/api/maps/${mapId}/versions`, { method: 'POST', body: { name: 'Before' } });
    const version = (named.body as unknown as { version: VersionSummary }).version;
    expect(version).toMatchObject({ kind: 'named', reason: 'named', name: 'Before' });

    // A participant deletes a stage with its cards.
    const stage = readMap(ann!.client.doc).map.stages[1]!;
    deleteStage(ann!.client.doc, stage.id, { touchpoints: 'delete' });
    const afterDelete = content(ann!.client.doc);
    const allSee = (want: unknown) => () => people.every((p) => sameJson(content(p.client.doc), want));
    await waitFor(allSee(afterDelete), 5000, 'delete synced');

    const key = newPersonKey();
    const res = await t.api(`/api/maps/${mapId}/versions/${version.id}/restore`, {
      method: 'POST',
      personKey: key,
    });
    expect(res.status).toBe(200);
    const { safety, restored } = res.body as unknown as { safety: VersionSummary; restored: VersionSummary };
    expect(safety).toMatchObject({ reason: 'before-restore', kind: 'safety', restoredFrom: version.id });
    expect(restored).toMatchObject({ reason: 'restored', restoredFrom: version.id });
    expect(restored.takenBy?.id).toBe(personIdFromKey(key));
    await waitFor(allSee(before), 5000, 'restore synced to all three');
    expect(t.server.store.listEdits(mapId, 0).at(-1)!.personId).toBe(personIdFromKey(key));
    // The client id Ann wrote with is hers; the server's own (the restore's writes) nobody's.
    const clients = t.server.store.listDocClients(mapId);
    expect(clients).toContainEqual(
      expect.objectContaining({ clientId: ann!.client.doc.clientID, personId: ann!.id }),
    );
    expect(clients.map((c) => c.clientId)).not.toContain(t.server.rooms.get(mapId)!.doc.clientID);

    // Undo the restore by restoring its safety version.
    const undo = await t.api(`/api/maps/${mapId}/versions/${safety.id}/restore`, { method: 'POST' });
    expect(undo.status).toBe(200);
    await waitFor(allSee(afterDelete), 5000, 'undo synced to all three');
  });

  it('while the map is frozen, only the facilitator restores (409 for another editor)', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'sample' });
    const hostKey = newPersonKey();
    const host = { userId: personIdFromKey(hostKey), name: 'Fay' };
    const fac = t.connect(mapId, new Y.Doc(), {}, { personKey: hostKey });
    await waitForSync(fac);
    const named = await t.api(`/api/maps/${mapId}/versions`, { method: 'POST', body: { name: 'Start' } });
    const versionId = (named.body as unknown as { version: VersionSummary }).version.id;
    claimFacilitatorSeat(fac.doc, host);
    setFrozen(fac.doc, host, true);
    await waitFor(() => readMap(t.server.rooms.get(mapId)!.doc).map.facilitation.frozen !== null);

    const editor = await t.api(`/api/maps/${mapId}/versions/${versionId}/restore`, {
      method: 'POST',
      personKey: newPersonKey(),
    });
    expect([editor.status, editor.body.code]).toEqual([409, 'map_frozen']);
    const reasons = async () =>
      (
        (await t.api(`/api/maps/${mapId}/versions`)).body as unknown as { versions: VersionSummary[] }
      ).versions.map((v) => v.reason);
    expect(await reasons()).not.toContain('before-restore');
    const own = await t.api(`/api/maps/${mapId}/versions/${versionId}/restore`, {
      method: 'POST',
      personKey: hostKey,
    });
    expect(own.status).toBe(200);
  });

  it('is 404 for an unknown version or a version of another map', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'blank' });
    const other = await t.createMap({ template: 'blank' });
    const named = await t.api(`/api/maps/${other}/versions`, { method: 'POST', body: { name: 'Theirs' } });
    const theirs = (named.body as unknown as { version: VersionSummary }).version.id;
    for (const path of ['', '/state', '/restore']) {
      const method = path === '/restore' ? 'POST' : 'GET';
      expect((await t.api(`/api/maps/${mapId}/versions/ver_nope${path}`, { method })).status).toBe(404);
      expect((await t.api(`/api/maps/${mapId}/versions/${theirs}${path}`, { method })).status).toBe(404);
    }
  });
});

describe('versions API', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('sends a version as a JSON map file and as the Yjs state', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ title: 'Home internet', template: 'sample' });
    const named = await t.api(`/api/maps/${mapId}/versions`, {
      method: 'POST',
      body: { name: '  Exec review ' },
    });
    const version = (named.body as unknown as { version: VersionSummary }).version;
    expect(version.name).toBe('Exec review');

    const file = await fetch(`${t.server.url}/api/maps/${mapId}/versions/${version.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Home internet – Exec review.json')}`,
    );
    const json = (await file.json()) as { map?: { title?: string } };
    expect(JSON.stringify(json)).toContain('Home internet');

    const state = await fetch(`${t.server.url}/api/maps/${mapId}/versions/${version.id}/state`);
    expect(state.headers.get('content-type')).toBe('application/octet-stream');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await state.arrayBuffer()));
    expect(readMap(doc).map.info.title).toBe('Home internet');
  });

  it('refuses a name that is empty, too long or not alone (400)', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'blank' });
    for (const body of [{ name: '   ' }, { name: 'x'.repeat(121) }, { name: 'ok', extra: 1 }, {}]) {
      const res = await t.api(`/api/maps/${mapId}/versions`, { method: 'POST', body });
      expect(res.status).toBe(400);
    }
  });

  it('lets viewers and commenters list and read, and only editors name and restore (403)', async () => {
    t = await startTestServer({ access: 'locked', adminToken: 'admin-token-123456' });
    const mapId = await t.createMap({ template: 'sample' }, 'admin-token-123456');
    const editor = await t.createLink(mapId, 'editor', { token: 'admin-token-123456' });
    const named = await t.api(`/api/maps/${mapId}/versions`, {
      method: 'POST',
      body: { name: 'By an editor' },
      token: editor.token,
    });
    expect(named.status).toBe(201);
    const versionId = (named.body as unknown as { version: VersionSummary }).version.id;
    for (const role of ['viewer', 'commenter'] as const) {
      const { token } = await t.createLink(mapId, role, { token: editor.token });
      expect((await t.api(`/api/maps/${mapId}/versions`, { token })).status).toBe(200);
      const file = await fetch(`${t.server.url}/api/maps/${mapId}/versions/${versionId}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(file.status).toBe(200);
      const state = await fetch(`${t.server.url}/api/maps/${mapId}/versions/${versionId}/state`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(state.status).toBe(200);
      const name = await t.api(`/api/maps/${mapId}/versions`, {
        method: 'POST',
        body: { name: 'Sneaky' },
        token,
      });
      expect([name.status, name.body.code]).toEqual([403, 'role_forbidden']);
      const restore = await t.api(`/api/maps/${mapId}/versions/${versionId}/restore`, {
        method: 'POST',
        token,
      });
      expect([restore.status, restore.body.code]).toEqual([403, 'role_forbidden']);
    }
    // Nothing was named or restored by them.
    const list = await t.api(`/api/maps/${mapId}/versions`, { token: editor.token });
    const reasons = (list.body as unknown as { versions: VersionSummary[] }).versions.map((v) => v.reason);
    expect(reasons).toEqual(['named']);
    // Without a link at all: 401.
    expect((await t.api(`/api/maps/${mapId}/versions`)).status).toBe(401);
  });
});
