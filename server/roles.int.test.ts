import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMapInfo, setMapInfo, type Role } from '../model';
import {
  commentsRoom,
  startTestServer,
  storedDoc,
  waitFor,
  waitForSync,
  type TestClient,
  type TestServer,
} from './testing/harness';

/**
 * Fixture only: the server treats the comments doc as opaque (its layout belongs to
 * model/comments), so any write to it is "a comment" here.
 */
function writeComment(doc: Y.Doc, text: string): void {
  doc.getMap('fixture-comments').set(text, text);
}

function hasComment(doc: Y.Doc | undefined, text: string): boolean {
  return doc?.getMap('fixture-comments').get(text) === text;
}

const EXPECTED: Record<
  Role,
  { map: boolean; comments: boolean; mapRefusal?: string; commentRefusal?: string }
> = {
  editor: { map: true, comments: true },
  commenter: { map: false, comments: true, mapRefusal: 'Commenters cannot change the map' },
  viewer: {
    map: false,
    comments: false,
    mapRefusal: 'Viewers cannot change the map',
    commentRefusal: 'Viewers cannot write comments',
  },
};

/** Waits until the server has handled everything `client` sent so far (awareness is echoed in order). */
async function flushed(t: TestServer, client: TestClient, room: { mapId: string; kind: 'map' | 'comments' }) {
  const marker = Math.random();
  client.provider.awareness.setLocalStateField('fence', marker);
  await waitFor(
    () =>
      t.server.rooms.get(room.mapId, room.kind)?.awareness.getStates().get(client.doc.clientID)?.fence ===
      marker,
    5000,
    'server handled the client',
  );
}

describe('roles are enforced by the server', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  it.each(['editor', 'commenter', 'viewer'] as const)(
    'a %s link changes only what its role allows; the store and other clients show nothing else',
    async (role) => {
      const expected = EXPECTED[role];
      const mapId = await t.createMap({ title: 'Roles', template: 'blank' });
      // A second editor (no token on an open server), on the map and on its comments.
      const editor = t.connect(mapId);
      const editorComments = t.connect(commentsRoom(mapId));
      await Promise.all([waitForSync(editor), waitForSync(editorComments)]);
      // Overwritten fields leave deletions in the doc: a read-only client's step 2 repeats them.
      setMapInfo(editor.doc, { goal: 'first' });
      setMapInfo(editor.doc, { goal: 'agreed goal' });
      writeComment(editorComments.doc, 'from the editor');
      await waitFor(() => t.server.store.loadDoc(mapId)!.updates.length >= 2, 5000, 'editor edits stored');

      const [{ client }, { client: comments }] = await Promise.all([
        t.joinAs(mapId, 'Rory', { role }),
        t.joinAs(commentsRoom(mapId), 'Rory', { role }),
      ]);
      expect(readMapInfo(client.doc).goal).toBe('agreed goal');
      await waitFor(() => hasComment(comments.doc, 'from the editor'), 5000, 'comments read');

      // Connecting and syncing is reading: nobody is told off for it.
      await flushed(t, client, { mapId, kind: 'map' });
      await flushed(t, comments, { mapId, kind: 'comments' });
      expect(client.notices).toMatchObject([{ type: 'role', role }]);
      expect(comments.notices).toMatchObject([{ type: 'role', role }]);
      expect(t.logs.some((l) => l.includes('ws.write_dropped'))).toBe(false);

      setMapInfo(client.doc, { goal: `${role} goal` });
      writeComment(comments.doc, `${role} comment`);
      await flushed(t, client, { mapId, kind: 'map' });
      await flushed(t, comments, { mapId, kind: 'comments' });

      // The server's live docs and what it stored.
      const serverMap = t.server.rooms.get(mapId)!.doc;
      expect(readMapInfo(serverMap).goal).toBe(expected.map ? `${role} goal` : 'agreed goal');
      expect(readMapInfo(storedDoc(t.server.store, mapId)!).goal).toBe(
        expected.map ? `${role} goal` : 'agreed goal',
      );
      expect(hasComment(storedDoc(t.server.store, `${mapId}/comments`), `${role} comment`)).toBe(
        expected.comments,
      );

      // The other editor: an edit of theirs made after the attempts reaches the client, so anything
      // the server relayed before it has reached them too.
      setMapInfo(editor.doc, { persona: 'fence' });
      writeComment(editorComments.doc, 'fence');
      await waitFor(() => readMapInfo(client.doc).persona === 'fence', 5000, 'map fence');
      await waitFor(() => hasComment(comments.doc, 'fence'), 5000, 'comments fence');
      if (expected.map)
        await waitFor(() => readMapInfo(editor.doc).goal === `${role} goal`, 5000, 'map edit relayed');
      else expect(readMapInfo(editor.doc).goal).toBe('agreed goal');
      if (expected.comments)
        await waitFor(() => hasComment(editorComments.doc, `${role} comment`), 5000, 'comment relayed');
      else expect(hasComment(editorComments.doc, `${role} comment`)).toBe(false);

      // Told once per connection, and logged.
      const rejections = (c: TestClient) => c.notices.filter((n) => n.type === 'write-rejected');
      expect(rejections(client)).toEqual(
        expected.mapRefusal ? [{ type: 'write-rejected', reason: expected.mapRefusal }] : [],
      );
      expect(rejections(comments)).toEqual(
        expected.commentRefusal ? [{ type: 'write-rejected', reason: expected.commentRefusal }] : [],
      );
      const dropped = t.logs.filter((l) => l.includes('ws.write_dropped'));
      expect(dropped).toHaveLength((expected.map ? 0 : 1) + (expected.comments ? 0 : 1));
      for (const line of dropped) expect(line).toContain(`role=${role}`);

      // A second refused write on the same connection is dropped quietly.
      setMapInfo(client.doc, { scenario: 'again' });
      await flushed(t, client, { mapId, kind: 'map' });
      expect(rejections(client)).toHaveLength(expected.mapRefusal ? 1 : 0);
      expect(readMapInfo(t.server.rooms.get(mapId)!.doc).scenario === 'again').toBe(expected.map);

      // After a restart, a fresh reader gets exactly what was allowed.
      for (const c of [editor, editorComments, client, comments]) c.provider.destroy();
      await t.restart();
      const fresh = t.connect(mapId);
      const freshComments = t.connect(commentsRoom(mapId));
      await Promise.all([waitForSync(fresh), waitForSync(freshComments)]);
      expect(readMapInfo(fresh.doc)).toMatchObject({
        goal: expected.map ? `${role} goal` : 'agreed goal',
        persona: 'fence',
      });
      await waitFor(() => hasComment(freshComments.doc, 'fence'), 5000, 'comments after restart');
      expect(hasComment(freshComments.doc, `${role} comment`)).toBe(expected.comments);
    },
  );

  it('a read-only client that edited offline gets its edit refused on connect, and keeps presence', async () => {
    const mapId = await t.createMap({ template: 'blank' });
    const watcher = t.connect(mapId);
    await waitForSync(watcher);
    const { token } = await t.createLink(mapId, 'viewer');

    // Edited before connecting: the edit arrives in the client's sync step 2.
    const doc = new Y.Doc();
    setMapInfo(doc, { goal: 'offline edit' });
    const viewer = t.connect(mapId, doc, { token });
    viewer.provider.awareness.setLocalStateField('user', { name: 'Vera' });
    await waitForSync(viewer);
    await waitFor(() => viewer.notices.some((n) => n.type === 'write-rejected'), 5000, 'refusal');
    await waitFor(
      () =>
        (watcher.provider.awareness.getStates().get(viewer.doc.clientID)?.user as { name?: string })?.name ===
        'Vera',
      5000,
      'viewer presence relayed',
    );
    expect(readMapInfo(t.server.rooms.get(mapId)!.doc).goal).not.toBe('offline edit');
    expect(readMapInfo(watcher.doc).goal).not.toBe('offline edit');
    expect(t.server.store.loadDoc(mapId)!.updates).toEqual([]);
  });
});
