import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  newPersonKey,
  personIdFromKey,
  type ActionRow,
  type ActionsIndexResponse,
  type MapDigest,
} from '../model';
import { seedProgramme, type ProgrammeSeed } from '../model/testing/programmeMap';
import { mapOf, startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

const ADMIN = 'admin-token-for-tests-0123456789';
const DAY = 86_400_000;

/** The three maps of the programme, each with its own actions (due dates around 2026-03-10). */
const SEEDS: Record<'A' | 'B' | 'C', ProgrammeSeed> = {
  A: {
    touchpoints: [{ title: 'IVR' }, { title: 'Bill', owner: 'Billing' }],
    actions: [
      { title: 'A: rewrite the IVR menu', status: 'planned', due: '2026-03-01', owner: 'Ana' },
      { title: 'A: retire the paper bill', status: 'done', due: '2026-02-01' },
    ],
  },
  B: {
    touchpoints: [{ title: 'Engineer visit', owner: 'Field' }],
    actions: [{ title: 'B: send a tracking link', status: 'idea', due: '2026-03-10', owner: 'Ben' }],
  },
  C: { actions: [{ title: 'C: call back within a day', status: 'doing' }] },
};

interface Programme {
  ids: Record<'A' | 'B' | 'C', string>;
  actionIds: Record<'A' | 'B' | 'C', string[]>;
}

async function seedMaps(t: TestServer, token?: string): Promise<Programme> {
  const ids = {} as Programme['ids'];
  const actionIds = {} as Programme['actionIds'];
  for (const name of ['A', 'B', 'C'] as const) {
    ids[name] = await t.createMap({ title: `Map ${name}`, template: 'blank' }, token);
    actionIds[name] = (await t.server.rooms.withDoc(ids[name], (doc) =>
      seedProgramme(doc, SEEDS[name]),
    ))!.result.actionIds;
  }
  return { ids, actionIds };
}

async function actionsAs(t: TestServer, token?: string) {
  const res = await t.api('/api/actions', { token });
  return { status: res.status, body: res.body as unknown as ActionsIndexResponse & { code?: string } };
}

const titles = (rows: readonly ActionRow[]) => rows.map((r) => r.action.title).sort();

function statusInStore(t: TestServer, mapId: string, actionId: string): string | undefined {
  return t.server.rooms.readDoc(mapId, (doc) => mapOf(doc).actions.find((a) => a.id === actionId)?.status)
    ?.result;
}

async function digestsAs(t: TestServer, token?: string): Promise<Map<string, MapDigest | undefined>> {
  const res = await t.api('/api/maps', { token });
  expect(res.status).toBe(200);
  return new Map(res.body.maps.map((m) => [m.id, (m as { digest?: MapDigest }).digest]));
}

describe('the actions page across 3 maps honours roles', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('lists what each requester may open, with canEdit, and lets only editors change a status', async () => {
    let clock = Date.parse('2026-03-10T09:00:00Z');
    t = await startTestServer({ access: 'locked', adminToken: ADMIN, now: () => clock });
    const { ids, actionIds } = await seedMaps(t, ADMIN);

    // The admin token opens every map, as editor.
    const admin = await actionsAs(t, ADMIN);
    expect(admin.status).toBe(200);
    expect(admin.body.today).toBe('2026-03-10');
    expect(titles(admin.body.actions)).toEqual([
      'A: retire the paper bill',
      'A: rewrite the IVR menu',
      'B: send a tracking link',
      'C: call back within a day',
    ]);
    expect(admin.body.actions.every((r) => r.canEdit)).toBe(true);
    const ivr = admin.body.actions.find((r) => r.action.title === 'A: rewrite the IVR menu')!;
    expect(ivr).toMatchObject({ mapId: ids.A, mapTitle: 'Map A', overdue: true, noteKind: 'opportunity' });
    expect(admin.body.actions.find((r) => r.mapId === ids.B)!.overdue).toBe(false);

    // A viewer link of A sees A's actions only, read-only, and cannot change them.
    const viewerA = (await t.createLink(ids.A, 'viewer', { token: ADMIN })).token;
    const asViewer = await actionsAs(t, viewerA);
    expect(asViewer.status).toBe(200);
    expect(titles(asViewer.body.actions)).toEqual(['A: retire the paper bill', 'A: rewrite the IVR menu']);
    expect(asViewer.body.actions.every((r) => !r.canEdit && r.mapId === ids.A)).toBe(true);
    const refused = await t.api(`/api/maps/${ids.A}/actions/${actionIds.A[0]!}`, {
      method: 'PATCH',
      token: viewerA,
      body: { status: 'done' },
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'role_forbidden' } });
    expect(statusInStore(t, ids.A, actionIds.A[0]!)).toBe('planned');
    // Nor another map's, with A's link.
    const elsewhere = await t.api(`/api/maps/${ids.B}/actions/${actionIds.B[0]!}`, {
      method: 'PATCH',
      token: viewerA,
      body: { status: 'done' },
    });
    expect(elsewhere).toMatchObject({ status: 403, body: { code: 'token_wrong_map' } });
    expect(statusInStore(t, ids.B, actionIds.B[0]!)).toBe('idea');

    // A commenter is not an editor either.
    const commenterC = (await t.createLink(ids.C, 'commenter', { token: ADMIN })).token;
    const asCommenter = await actionsAs(t, commenterC);
    expect(titles(asCommenter.body.actions)).toEqual(['C: call back within a day']);
    expect(asCommenter.body.actions[0]!.canEdit).toBe(false);

    // An editor link of B changes B's action; a client open on B sees it live.
    const editorB = (await t.createLink(ids.B, 'editor', { token: ADMIN })).token;
    const asEditor = await actionsAs(t, editorB);
    expect(asEditor.body.actions.map((r) => [r.mapId, r.canEdit])).toEqual([[ids.B, true]]);
    const watcher = t.connect(ids.B, new Y.Doc(), { token: editorB });
    await waitForSync(watcher);
    expect(mapOf(watcher.doc).actions[0]!.status).toBe('idea');
    const editsBefore = t.server.store.listEdits(ids.B, 0).length;
    const bea = newPersonKey();
    const changed = await t.api(`/api/maps/${ids.B}/actions/${actionIds.B[0]!}`, {
      method: 'PATCH',
      token: editorB,
      personKey: bea,
      body: { status: 'doing' },
    });
    expect(changed.status).toBe(200);
    // History credits the person who changed it on the page.
    expect(
      t.server.store
        .listEdits(ids.B, 0)
        .slice(editsBefore)
        .map((e) => e.personId),
    ).toEqual([personIdFromKey(bea)]);
    expect((changed.body as unknown as { action: { status: string } }).action.status).toBe('doing');
    await waitFor(() => mapOf(watcher.doc).actions[0]?.status === 'doing', 5000, 'the open client sees it');
    expect((await actionsAs(t, ADMIN)).body.actions.find((r) => r.mapId === ids.B)!.action.status).toBe(
      'doing',
    );

    // Unknown action, bad status, wrong method: refused, nothing written.
    expect(
      (
        await t.api(`/api/maps/${ids.B}/actions/act_unknown`, {
          method: 'PATCH',
          token: editorB,
          body: { status: 'done' },
        })
      ).status,
    ).toBe(404);
    const bad = await t.api(`/api/maps/${ids.B}/actions/${actionIds.B[0]!}`, {
      method: 'PATCH',
      token: editorB,
      body: { status: 'finished' },
    });
    expect(bad.status).toBe(400);
    expect(
      (
        await t.api(`/api/maps/${ids.B}/actions/${actionIds.B[0]!}`, {
          method: 'PATCH',
          token: editorB,
          body: { status: 'done', title: 'x' },
        })
      ).status,
    ).toBe(400);
    expect(statusInStore(t, ids.B, actionIds.B[0]!)).toBe('doing');

    // No token, a made-up token, a revoked link: refused as a map request would be.
    expect(await actionsAs(t)).toMatchObject({ status: 401, body: { code: 'token_missing' } });
    expect(await actionsAs(t, 'not-a-real-token')).toMatchObject({
      status: 401,
      body: { code: 'token_invalid' },
    });
    const doomed = await t.createLink(ids.C, 'viewer', { token: ADMIN });
    expect(
      (await t.api(`/api/maps/${ids.C}/links/${doomed.id}`, { method: 'DELETE', token: ADMIN })).status,
    ).toBe(204);
    expect(await actionsAs(t, doomed.token)).toMatchObject({ status: 401, body: { code: 'token_revoked' } });

    // Overdue is judged by the server's clock: a day later B's action (due 03-10) is overdue too.
    clock += DAY;
    const later = await actionsAs(t, ADMIN);
    expect(later.body.today).toBe('2026-03-11');
    expect(later.body.actions.find((r) => r.mapId === ids.B)!.overdue).toBe(true);
  });

  it('lists every map’s actions, as editor, on an open server without a token', async () => {
    t = await startTestServer({ now: () => Date.parse('2026-03-10T09:00:00Z') });
    const { ids } = await seedMaps(t);
    const open = await actionsAs(t);
    expect(open.status).toBe(200);
    expect(titles(open.body.actions)).toHaveLength(4);
    expect(open.body.actions.every((r) => r.canEdit)).toBe(true);
    // A viewer link still narrows to its own map, read-only, even on an open server.
    const viewerC = (await t.createLink(ids.C, 'viewer')).token;
    const narrowed = await actionsAs(t, viewerC);
    expect(narrowed.body.actions.map((r) => [r.mapId, r.canEdit])).toEqual([[ids.C, false]]);
  });
});

describe('the maps list carries each map’s digest', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('counts actions, overdue by the server’s clock, unowned touchpoints, and stays current after saves', async () => {
    let clock = Date.parse('2026-03-10T09:00:00Z');
    t = await startTestServer({ access: 'locked', adminToken: ADMIN, now: () => clock });
    const { ids, actionIds } = await seedMaps(t, ADMIN);
    const first = await digestsAs(t, ADMIN);
    expect(first.get(ids.A)).toMatchObject({ openActions: 1, overdueActions: 1, unownedTouchpoints: 1 });
    expect(first.get(ids.B)).toMatchObject({ openActions: 1, overdueActions: 0, unownedTouchpoints: 0 });
    expect(first.get(ids.C)).toMatchObject({ openActions: 1, overdueActions: 0 });
    for (const digest of first.values()) {
      expect(digest!.health.score).toBeGreaterThanOrEqual(0);
      expect(digest!.health.score).toBeLessThanOrEqual(100);
      expect(digest!.freshness).toEqual({ measuredTouchpoints: 0, staleTouchpoints: 0, latestDate: null });
    }
    // A's overdue action costs health that B (nothing overdue, everything owned) keeps.
    expect(first.get(ids.A)!.health.score).toBeLessThan(first.get(ids.B)!.health.score);

    // A save through the room drops the cached digest: done is no longer open.
    const done = await t.api(`/api/maps/${ids.A}/actions/${actionIds.A[0]!}`, {
      method: 'PATCH',
      token: ADMIN,
      body: { status: 'done' },
    });
    expect(done.status).toBe(200);
    expect((await digestsAs(t, ADMIN)).get(ids.A)).toMatchObject({ openActions: 0, overdueActions: 0 });

    // Tomorrow, by the server's clock, B's action due today is overdue.
    clock += DAY;
    expect((await digestsAs(t, ADMIN)).get(ids.B)).toMatchObject({ openActions: 1, overdueActions: 1 });
  });

  it('lists 200 maps with their digests (timed once in the log: cold, then cached)', async () => {
    t = await startTestServer();
    for (let i = 0; i < 200; i++) await t.createMap({ title: `Map ${i}`, template: 'sample' });
    const coldStart = performance.now();
    const cold = await digestsAs(t);
    const coldMs = performance.now() - coldStart;
    const warmStart = performance.now();
    const warm = await digestsAs(t);
    const warmMs = performance.now() - warmStart;
    console.info(
      `GET /api/maps with 200 sample maps: ${coldMs.toFixed(0)} ms cold, ${warmMs.toFixed(0)} ms cached`,
    );
    expect(cold.size).toBe(200);
    expect([...warm.values()].every((d) => d !== undefined && d.unownedTouchpoints >= 0)).toBe(true);
  }, 120_000);
});
