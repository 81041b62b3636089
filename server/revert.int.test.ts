import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTouchpoint,
  claimFacilitatorSeat,
  deleteTouchpoint,
  newPersonKey,
  personIdFromKey,
  readMap,
  setFrozen,
  updateTouchpoint,
} from '../model';
import type { VersionSummary } from '../model/history/historyTypes';
import type { RevertPlan } from './versions/revertPlanTypes';
import {
  mapOf,
  startTestServer,
  waitFor,
  waitForSync,
  type TestClient,
  type TestServer,
} from './testing/harness';

/** A person with a key of their own, on a stock y-websocket client, as the open server's editor. */
interface Person {
  readonly key: string;
  readonly id: string;
  readonly client: TestClient;
  readonly doc: Y.Doc;
}

/** The map as people read it, ids replaced by names: what "exactly the expected map" compares. */
function view(doc: Y.Doc) {
  const map = mapOf(doc);
  const stage = (id: string) => map.stages.find((s) => s.id === id)?.name ?? `gone ${id}`;
  return {
    stages: map.stages.map((s) => s.name),
    cards: map.touchpoints.map((t) => ({
      title: t.title,
      stage: stage(t.stageId),
      channel: t.channel,
      owner: t.owner,
      description: t.description,
    })),
  };
}

interface RevertAnswer {
  plan: RevertPlan;
  applied: boolean;
  safety: VersionSummary | null;
}

describe('revert one person over HTTP (issue 17)', () => {
  let t: TestServer;
  let clock = 0;
  let mapId: string;
  const ownerKey = newPersonKey();
  beforeEach(async () => {
    clock = Date.UTC(2026, 0, 5, 9, 0, 0);
    t = await startTestServer({ now: () => clock });
    const created = await t.api('/api/maps', {
      method: 'POST',
      body: { template: 'blank' },
      personKey: ownerKey,
    });
    mapId = created.body.map.id;
  });
  afterEach(() => t.dispose());

  async function join(): Promise<Person> {
    const key = newPersonKey();
    const client = t.connect(mapId, new Y.Doc(), {}, { personKey: key });
    await waitForSync(client);
    return { key, id: personIdFromKey(key), client, doc: client.doc };
  }

  /** Waits until every client holds the room's state: the step everyone has seen. */
  async function settled(...people: Person[]): Promise<void> {
    const room = t.server.rooms.get(mapId)!;
    const vector = (d: Y.Doc) => JSON.stringify([...Y.encodeStateVector(d)]);
    await waitFor(() => people.every((p) => vector(p.doc) === vector(room.doc)), 5000, 'settled');
    clock += 1000;
  }

  const revert = (body: Record<string, unknown>, personKey: string) =>
    t.api(`/api/maps/${mapId}/revert`, { method: 'POST', body, personKey });

  /**
   * A builds, B (in the session) deletes a card, changes fields and adds a card, C then changes one
   * of B's fields, A keeps working.
   */
  async function workshop() {
    const [a, b, c] = [await join(), await join(), await join()];
    const all = [a, b, c];
    const stageId = (name: string) => readMap(a.doc).map.stages.find((s) => s.name === name)!.id;
    const card = (p: Person, title: string) =>
      readMap(p.doc).map.touchpoints.find((x) => x.title === title)!.id;
    addTouchpoint(a.doc, { stageId: stageId('Aware'), title: 'Search' });
    addTouchpoint(a.doc, { stageId: stageId('Consider'), title: 'Compare', owner: 'Marketing' });
    addTouchpoint(a.doc, { stageId: stageId('Buy'), title: 'Checkout' });
    await settled(...all);
    deleteTouchpoint(b.doc, card(b, 'Compare'));
    updateTouchpoint(b.doc, card(b, 'Checkout'), { channel: 'phone', owner: 'Sales' });
    addTouchpoint(b.doc, { stageId: stageId('Loyalty'), title: 'Upsell' });
    await settled(...all);
    updateTouchpoint(c.doc, card(c, 'Checkout'), { owner: 'Support team' });
    await settled(...all);
    updateTouchpoint(a.doc, card(a, 'Checkout'), { description: 'Card or PayPal' });
    await settled(...all);
    return { a, b, c, all };
  }

  it("reverts B's session on all three clients, keeping C's later change, after a safety version", async () => {
    const { a, b, c, all } = await workshop();
    const before = view(a.doc);

    const preview = await revert({ personId: b.id, apply: false }, ownerKey);
    expect(preview.status).toBe(200);
    const previewed = preview.body as unknown as RevertAnswer;
    expect(previewed).toMatchObject({ applied: false, safety: null });
    expect(previewed.plan.remove.map((r) => r.title)).toEqual(['Upsell']);
    expect(previewed.plan.restore.map((r) => r.title)).toEqual(['Compare']);
    expect(previewed.plan.fields.map((f) => [f.title, f.field, f.now, f.back])).toEqual([
      ['Checkout', 'channel', 'Phone', 'Web'],
    ]);
    expect(previewed.plan.kept.map((k) => [k.title, k.field, k.by.id, k.reason])).toEqual([
      ['Checkout', 'owner', c.id, 'changed-later'],
    ]);
    await settled(...all);
    expect(view(a.doc)).toEqual(before);

    const applied = await revert({ personId: b.id, apply: true }, ownerKey);
    expect(applied.status).toBe(200);
    const answer = applied.body as unknown as RevertAnswer;
    expect(answer.applied).toBe(true);
    // The same plan as the preview (the window now ends later: the server's clock moved on).
    expect({ ...answer.plan, to: '' }).toEqual({ ...previewed.plan, to: '' });
    expect(answer.safety).toMatchObject({ reason: 'before-revert', kind: 'safety' });

    const expected = {
      stages: ['Aware', 'Consider', 'Buy', 'Use', 'Support', 'Loyalty'],
      cards: [
        { title: 'Search', stage: 'Aware', channel: 'web', owner: '', description: '' },
        { title: 'Compare', stage: 'Consider', channel: 'web', owner: 'Marketing', description: '' },
        {
          title: 'Checkout',
          stage: 'Buy',
          channel: 'web',
          owner: 'Support team',
          description: 'Card or PayPal',
        },
      ],
    };
    await settled(...all);
    for (const p of all) expect(view(p.doc)).toEqual(expected);
    expect(view(t.server.rooms.get(mapId)!.doc)).toEqual(expected);

    // The safety version holds the map as it was: restoring it undoes the revert.
    const versions = (await t.api(`/api/maps/${mapId}/versions`)).body as unknown as {
      versions: VersionSummary[];
    };
    expect(versions.versions.map((v) => v.reason)).toContain('before-revert');
    // Reverting again changes nothing.
    const again = (await revert({ personId: b.id, apply: true }, ownerKey)).body as unknown as RevertAnswer;
    expect(again).toMatchObject({
      applied: false,
      safety: null,
      plan: { remove: [], restore: [], fields: [] },
    });
    void a;
  });

  it('reverts since a version: the window starts when it was taken', async () => {
    const { b, c, all } = await workshop();
    const listed = (await t.api(`/api/maps/${mapId}/versions`)).body as unknown as {
      versions: VersionSummary[];
    };
    const start = listed.versions.find((v) => v.reason === 'session-start')!;
    const since = await revert({ personId: b.id, sinceVersion: start.id, apply: false }, ownerKey);
    expect(since.status).toBe(200);
    const plan = (since.body as unknown as RevertAnswer).plan;
    expect(plan.from).toBe(start.takenAt);
    expect(plan.remove.map((r) => r.title)).toEqual(['Upsell']);
    // C only changed a field B had changed: reverting C since then puts B's owner back.
    const ofC = (await revert({ personId: c.id, sinceVersion: start.id, apply: true }, ownerKey))
      .body as unknown as RevertAnswer;
    expect(ofC.plan.fields.map((f) => [f.title, f.field, f.now, f.back])).toEqual([
      ['Checkout', 'owner', 'Support team', 'Sales'],
    ]);
    await settled(...all);
    for (const p of all) expect(view(p.doc).cards.find((x) => x.title === 'Checkout')?.owner).toBe('Sales');
  });

  it('lists who edited in the session, most edits first', async () => {
    const { a, b, c } = await workshop();
    const res = await t.api(`/api/maps/${mapId}/editors`, { personKey: ownerKey });
    expect(res.status).toBe(200);
    const people = (res.body as unknown as { people: Array<{ id: string; edits: number }> }).people;
    expect(people.map((p) => p.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(people.every((p) => p.edits > 0)).toBe(true);
  });

  it('refuses an editor who neither owns the map nor holds the seat (403), sent directly, and writes nothing', async () => {
    const { a, b, all } = await workshop();
    const before = view(a.doc);
    const res = await revert({ personId: b.id, apply: true }, a.key);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('facilitator_only');
    expect((await t.api(`/api/maps/${mapId}/editors`, { personKey: a.key })).status).toBe(403);
    await settled(...all);
    expect(view(a.doc)).toEqual(before);
    expect((await t.api(`/api/maps/${mapId}/versions`)).body).not.toMatchObject({
      versions: expect.arrayContaining([expect.objectContaining({ reason: 'before-revert' })]) as unknown,
    });
  });

  it('lets the facilitator seat holder revert', async () => {
    const { a, b, all } = await workshop();
    claimFacilitatorSeat(a.doc, { userId: a.id, name: 'A' });
    await settled(...all);
    const res = await revert({ personId: b.id, apply: false }, a.key);
    expect(res.status).toBe(200);
    expect((res.body as unknown as RevertAnswer).plan.remove.map((r) => r.title)).toEqual(['Upsell']);
  });

  it('while the map is frozen, only the present seat holder applies a revert (409 map_frozen for the owner)', async () => {
    const { a, b, all } = await workshop();
    claimFacilitatorSeat(a.doc, { userId: a.id, name: 'A' });
    await settled(...all);
    setFrozen(a.doc, { userId: a.id, name: 'A' }, true);
    await settled(...all);
    const byOwner = await revert({ personId: b.id, apply: true }, ownerKey);
    expect(byOwner.status).toBe(409);
    expect(byOwner.body.code).toBe('map_frozen');
    expect((await revert({ personId: b.id, apply: false }, ownerKey)).status).toBe(200);
    const bySeat = await revert({ personId: b.id, apply: true }, a.key);
    expect(bySeat.status).toBe(200);
    expect((bySeat.body as unknown as RevertAnswer).applied).toBe(true);
  });

  it('refuses a malformed body (400) and an unknown version (404)', async () => {
    const { b } = await workshop();
    expect((await revert({ personId: b.id }, ownerKey)).status).toBe(400);
    expect((await revert({ personId: b.id, apply: false, sinceVersion: 'v_nope' }, ownerKey)).status).toBe(
      404,
    );
  });
});
