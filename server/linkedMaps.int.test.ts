import { afterEach, describe, expect, it } from 'vitest';
import { addTouchpoint, readMap, type MapLinksResponse, type MapRollup } from '../model';
import { firstStageId, linkChild } from './testing/mapLinksFixture';
import { startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

/** Issue 21: linked journeys, as the server serves them (`GET /api/maps/:id/linked`). */

const ADMIN = 'admin-token-for-linked-maps-tests';
const EMPTY: MapRollup = {
  averageEmotion: null,
  touchpoints: 0,
  hubs: 0,
  hubLoad: 0,
  openActions: 0,
  overdueActions: 0,
  unownedTouchpoints: 0,
};

let t: TestServer;
afterEach(() => t.dispose());

async function linked(mapId: string, token?: string): Promise<{ status: number; body: MapLinksResponse }> {
  const res = await t.api(`/api/maps/${mapId}/linked`, { token });
  return { status: res.status, body: res.body as unknown as MapLinksResponse };
}

/** The first stage of the map as the server's live room holds it. */
function serverStage(mapId: string) {
  const room = t.server.rooms.get(mapId);
  return room ? readMap(room.doc).map.stages[0] : undefined;
}

/** Links the map's first stage to `childId` through the server's room (as an editor would). */
async function linkFirstStage(mapId: string, childId: string): Promise<string> {
  const done = await t.server.rooms.withDoc(mapId, (doc) => {
    const stageId = firstStageId(doc);
    linkChild(doc, 'stage', stageId, childId);
    return stageId;
  });
  if (!done) throw new Error(`no map ${mapId}`);
  return done.result;
}

describe('linked maps on one server', () => {
  it('shows the child’s roll-up, tells the parent’s sockets when the child changes, and shows the new figures', async () => {
    t = await startTestServer();
    const parentId = await t.createMap({ title: 'Lifecycle', template: 'blank' });
    const childId = await t.createMap({ title: 'Claim journey', template: 'blank' });
    const parent = t.connect(parentId);
    await waitForSync(parent);
    const stageId = firstStageId(parent.doc);
    linkChild(parent.doc, 'stage', stageId, childId);
    await waitFor(() => serverStage(parentId)?.childMapId === childId, 5000, 'the link reached the server');

    const answer = await linked(parentId);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      parents: [],
      children: [
        {
          holder: 'stage',
          holderId: stageId,
          mapId: childId,
          access: 'ok',
          title: 'Claim journey',
          rollup: EMPTY,
        },
      ],
    });
    // The child knows its parent (the breadcrumb); the maps list carries the parent's links.
    expect((await linked(childId)).body).toEqual({
      parents: [{ mapId: parentId, title: 'Lifecycle' }],
      children: [],
    });
    const list = await t.api('/api/maps');
    const listed = new Map(list.body.maps.map((m) => [m.id, m]));
    expect(listed.get(parentId)?.childMapIds).toEqual([childId]);
    expect(listed.get(childId)).not.toHaveProperty('childMapIds');

    // Someone edits the child: an unowned touchpoint at -2, on the curve.
    const child = t.connect(childId);
    await waitForSync(child);
    addTouchpoint(child.doc, {
      stageId: firstStageId(child.doc),
      title: 'Call about the claim',
      emotion: -2,
    });
    await waitFor(
      () => parent.notices.some((n) => n.type === 'links-changed' && n.childMapId === childId),
      5000,
      'links-changed on the parent’s socket',
    );
    expect((await linked(parentId)).body.children[0]?.rollup).toEqual({
      ...EMPTY,
      averageEmotion: -2,
      touchpoints: 1,
      unownedTouchpoints: 1,
    });
    // The child's own socket is not told about itself.
    expect(child.notices.filter((n) => n.type === 'links-changed')).toEqual([]);

    // The child goes to the trash: the parent is told again (within the throttle), and it is missing.
    const told = parent.notices.length;
    expect((await t.api(`/api/maps/${childId}`, { method: 'DELETE' })).status).toBe(204);
    await waitFor(
      () => parent.notices.slice(told).some((n) => n.type === 'links-changed'),
      5000,
      'links-changed after the trash',
    );
    expect((await linked(parentId)).body.children).toEqual([
      { holder: 'stage', holderId: stageId, mapId: childId, access: 'missing' },
    ]);
  });
});

describe('linked maps and roles (a locked server: share links open one map each)', () => {
  it('shows a child the requester may not open as hidden: no title, no figures', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const parentId = await t.createMap({ title: 'Lifecycle', template: 'blank' }, ADMIN);
    const childId = await t.createMap({ title: 'Secret claim journey', template: 'sample' }, ADMIN);
    const stageId = await linkFirstStage(parentId, childId);
    const viewer = await t.createLink(parentId, 'viewer', { token: ADMIN });

    // The admin may open both: the child is there with its title and figures.
    const asAdmin = (await linked(parentId, ADMIN)).body.children;
    expect(asAdmin.map((c) => [c.access, c.title])).toEqual([['ok', 'Secret claim journey']]);
    expect(asAdmin[0]!.rollup!.touchpoints).toBeGreaterThan(0);

    // The parent's viewer link opens the parent only: the child is named by id, nothing more.
    const answer = await linked(parentId, viewer.token);
    expect(answer.status).toBe(200);
    expect(answer.body.children).toEqual([
      { holder: 'stage', holderId: stageId, mapId: childId, access: 'hidden' },
    ]);
    const raw = JSON.stringify(answer.body);
    expect(raw).not.toContain('Secret claim journey');
    expect(raw).not.toContain('rollup');

    // The same checks as any map endpoint: no token, or a link to another map, is refused.
    const none = await t.api(`/api/maps/${parentId}/linked`);
    expect([none.status, none.body.code]).toEqual([401, 'token_missing']);
    const wrongMap = await t.api(`/api/maps/${childId}/linked`, { token: viewer.token });
    expect([wrongMap.status, wrongMap.body.code]).toEqual([403, 'token_wrong_map']);
    expect((await t.api(`/api/maps/no_such_map/linked`, { token: ADMIN })).status).toBe(404);
  });

  it('lists as parents only the maps the requester may open', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const lifecycle = await t.createMap({ title: 'Lifecycle', template: 'blank' }, ADMIN);
    const board = await t.createMap({ title: 'Board view', template: 'blank' }, ADMIN);
    const childId = await t.createMap({ title: 'Claim', template: 'blank' }, ADMIN);
    await linkFirstStage(lifecycle, childId);
    await linkFirstStage(board, childId);

    const parents = (await linked(childId, ADMIN)).body.parents;
    expect(parents.map((p) => p.title).sort()).toEqual(['Board view', 'Lifecycle']);
    // A link to the child opens the child, not its parents: the breadcrumb is empty.
    const childLink = await t.createLink(childId, 'editor', { token: ADMIN });
    expect((await linked(childId, childLink.token)).body).toEqual({ parents: [], children: [] });
  });

  it('shows a deleted or unknown child as missing', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const parentId = await t.createMap({ title: 'Lifecycle', template: 'blank' }, ADMIN);
    const childId = await t.createMap({ title: 'Gone soon', template: 'blank' }, ADMIN);
    await linkFirstStage(parentId, childId);
    await t.server.rooms.withDoc(parentId, (doc) => {
      const tp = addTouchpoint(doc, { stageId: readMap(doc).map.stages[1]!.id, title: 'Linked to nothing' });
      linkChild(doc, 'touchpoint', tp, 'map_never_was');
    });
    expect((await linked(parentId, ADMIN)).body.children.map((c) => c.access)).toEqual(['ok', 'missing']);

    expect((await t.api(`/api/maps/${childId}`, { method: 'DELETE', token: ADMIN })).status).toBe(204);
    const children = (await linked(parentId, ADMIN)).body.children;
    expect(children).toEqual([
      expect.objectContaining({ mapId: childId, access: 'missing' }),
      expect.objectContaining({ mapId: 'map_never_was', access: 'missing' }),
    ]);
    expect(JSON.stringify(children)).not.toContain('Gone soon');
  });

  it('makes a child map drawn for the parent’s personas, and refuses a bad persona list, creating nothing', async () => {
    t = await startTestServer();
    const made = await t.api('/api/maps', {
      method: 'POST',
      body: {
        title: 'Claim',
        template: 'blank',
        personaIds: ['persona_dana', 'persona_sam', 'persona_dana'],
      },
    });
    expect(made.status).toBe(201);
    const id = (made.body.map as { id: string }).id;
    const settings = await t.server.rooms.withDoc(id, (doc) => readMap(doc).map.settings.personaIds);
    expect(settings?.result).toEqual(['persona_dana', 'persona_sam']);

    const before = (await t.api('/api/maps')).body.maps as unknown[];
    for (const personaIds of [['a', 'b', 'c', 'd', 'e', 'f'], [''], 'persona_dana', [42]]) {
      const bad = await t.api('/api/maps', { method: 'POST', body: { template: 'blank', personaIds } });
      expect(bad.status, JSON.stringify(personaIds)).toBe(400);
    }
    expect((await t.api('/api/maps')).body.maps).toHaveLength(before.length);
  });
});
