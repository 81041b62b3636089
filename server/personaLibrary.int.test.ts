import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPersona, readPersonaLibrary, updatePersona } from '../model';
import { LIBRARY_REF } from './persistence/docKeys';
import { updateFrame } from './testing/frames';
import { startTestServer, storedDoc, waitFor, waitForSync, type TestServer } from './testing/harness';

const LIBRARY_ROOM = '_library/personas';
const ADMIN = 'admin-token-for-the-library-test-0123456789';

function names(doc: Y.Doc | undefined): string[] {
  return doc ? readPersonaLibrary(doc).personas.map((p) => p.name) : [];
}

describe('the persona library is a synced, stored, role-checked doc', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('syncs between two clients, persists across a restart, and never shows in the maps list', async () => {
    t = await startTestServer();
    const a = t.connect(LIBRARY_ROOM);
    const b = t.connect(LIBRARY_ROOM);
    await Promise.all([waitForSync(a), waitForSync(b)]);
    const id = addPersona(a.doc, { name: 'Dana', role: 'Owner' });
    await waitFor(() => names(b.doc).includes('Dana'), 5000, 'persona reached the other client');
    updatePersona(b.doc, id, { quote: 'Just tell me what happens next' });
    await waitFor(() => readPersonaLibrary(a.doc).personas[0]?.quote.startsWith('Just') === true);
    await waitFor(
      () => names(storedDoc(t!.server.store, LIBRARY_REF.docId)).includes('Dana'),
      5000,
      'stored',
    );

    await t.restart();
    const fresh = t.connect(LIBRARY_ROOM);
    await waitForSync(fresh);
    expect(readPersonaLibrary(fresh.doc).personas).toMatchObject([
      { name: 'Dana', role: 'Owner', quote: 'Just tell me what happens next' },
    ]);
    const list = await t.api('/api/maps');
    expect(list.body.maps.map((m) => m.id)).not.toContain(LIBRARY_REF.mapId);
  });

  it('on a locked server: the admin edits, a viewer link reads, its write frame is dropped with write-rejected', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const admin = t.connect(LIBRARY_ROOM, new Y.Doc(), { token: ADMIN });
    await waitForSync(admin);
    addPersona(admin.doc, { name: 'Dana' });
    const room = () => t!.server.rooms.get(LIBRARY_REF.mapId, 'personas');
    await waitFor(() => names(room()?.doc).includes('Dana'), 5000, 'admin write applied');

    const mapId = await t.createMap({ title: 'Any map', template: 'blank' }, ADMIN);
    const { token } = await t.createLink(mapId, 'viewer', { token: ADMIN });
    const reader = t.connect(LIBRARY_ROOM, new Y.Doc(), { token });
    await waitForSync(reader);
    expect(names(reader.doc)).toEqual(['Dana']);

    // The viewer's socket sends an update straight away, as a hostile client would.
    const raw = await t.rawSocket(LIBRARY_ROOM, { token });
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(room()!.doc));
    const start = Y.encodeStateVector(forged);
    addPersona(forged, { name: 'Forged by a viewer' });
    const before = Y.encodeStateVector(room()!.doc);
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(forged, start)));
    const told = (m: Uint8Array) => Buffer.from(m).toString('utf8').includes('"write-rejected"');
    await waitFor(() => raw.messages.some(told), 5000, 'write-rejected');
    expect(Buffer.from(raw.messages.find(told)!).toString('utf8')).toContain(
      'Viewers cannot change the persona library',
    );
    expect(Y.encodeStateVector(room()!.doc)).toEqual(before);
    expect(names(room()!.doc)).toEqual(['Dana']);
    expect(names(storedDoc(t.server.store, LIBRARY_REF.docId))).toEqual(['Dana']);
    expect(names(reader.doc)).toEqual(['Dana']);
  });

  it('on a locked server: no token or a bad token is refused', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const none = await t.rawSocket(LIBRARY_ROOM);
    expect((await none.closed).code).toBeGreaterThanOrEqual(4400);
    const bad = await t.rawSocket(LIBRARY_ROOM, { token: 'not-a-token' });
    expect((await bad.closed).code).toBeGreaterThanOrEqual(4400);
  });
});
