import { afterEach, describe, expect, it } from 'vitest';
import {
  addTouchpoint,
  castVote,
  claimFacilitatorSeat,
  deleteTouchpoint,
  readMap,
  setEmotion,
  startTimer,
  startVote,
} from '../model';
import { endVote } from '../model/commands/voting';
import type { Readout, VersionSummary } from '../model/history/historyTypes';
import { startTestServer, waitFor, type TestServer } from './testing/harness';

/**
 * The workshop readout over HTTP on a hand-worked session: the facilitator adds a card, a
 * participant deletes one and changes an emotion, a dot vote runs and ends, a timer runs. Every
 * figure below is counted by hand from the script, not read back from the code.
 */
describe('GET /api/maps/:id/readout', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('matches a hand-worked session, from the session start to now', async () => {
    let clock = Date.UTC(2026, 11, 3, 9, 0);
    t = await startTestServer({ now: () => clock });
    const mapId = await t.createMap({ template: 'sample' });
    const host = await t.joinAs(mapId, 'Host');
    const bob = await t.joinAs(mapId, 'Bob');
    const hostPerson = { userId: host.id, name: host.name };
    const bobPerson = { userId: bob.id, name: bob.name };
    const start = readMap(host.client.doc).map;
    const [first, second, third] = start.touchpoints;
    const stage = start.stages[0]!;

    clock += 60_000;
    claimFacilitatorSeat(host.client.doc, hostPerson);
    addTouchpoint(host.client.doc, { stageId: stage.id, title: 'Chatbot greets' });
    deleteTouchpoint(bob.client.doc, second!.id);
    setEmotion(bob.client.doc, first!.id, first!.emotion === -2 ? 2 : -2);
    await waitFor(() => readMap(host.client.doc).map.touchpoints.length === start.touchpoints.length, 5000);
    await waitFor(() => readMap(bob.client.doc).map.facilitation.facilitator !== null, 5000, 'seat seen');

    startVote(host.client.doc, hostPerson, { votesPerPerson: 3 });
    await waitFor(() => readMap(bob.client.doc).map.facilitation.vote !== null, 5000, 'vote open');
    castVote(bob.client.doc, bobPerson, third!.id);
    castVote(bob.client.doc, bobPerson, third!.id);
    castVote(host.client.doc, hostPerson, first!.id);
    await waitFor(
      () => {
        const totals = readMap(host.client.doc).map.facilitation.vote?.totals ?? [];
        return totals.reduce((sum, x) => sum + x.count, 0) === 3;
      },
      5000,
      'ballots',
    );
    const endedAt = Date.UTC(2026, 11, 3, 9, 30);
    endVote(host.client.doc, hostPerson, endedAt);
    startTimer(host.client.doc, hostPerson, { durationMs: 5 * 60_000, label: 'Ideas', now: endedAt });
    await waitFor(() => readMap(bob.client.doc).map.facilitation.timer !== null, 5000, 'timer seen');
    clock = Date.UTC(2026, 11, 3, 10, 0);

    const res = await t.api(`/api/maps/${mapId}/readout`);
    expect(res.status).toBe(200);
    const { readout, markdown } = res.body as unknown as { readout: Readout; markdown: string };
    expect(readout.from.label).toBe('Session started');
    expect(readout.to.label).toBe('Now');
    expect(readout.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    const firstStage = readout.stages.find((s) => s.stageId === stage.id)!;
    expect(firstStage.added.map((c) => c.title)).toEqual(['Chatbot greets']);
    expect(readout.votes).toHaveLength(1);
    expect(readout.votes[0]).toMatchObject({ voters: 2, votesPerPerson: 3, anonymous: false });
    expect(readout.votes[0]!.ranking.map((r) => [r.title, r.count])).toEqual([
      [third!.title, 2],
      [first!.title, 1],
    ]);
    expect(readout.timers).toEqual([
      { startedAt: new Date(endedAt).toISOString(), durationMs: 300_000, label: 'Ideas' },
    ]);
    expect(markdown).toContain('Chatbot greets');
    expect(markdown).toContain(third!.title);
  });

  it('takes versions as ends and refuses what is not a version of the map', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'sample' });
    const other = await t.createMap({ template: 'blank' });
    const ann = await t.joinAs(mapId, 'Ann');
    const named = await t.api(`/api/maps/${mapId}/versions`, { method: 'POST', body: { name: 'Before' } });
    const before = (named.body as unknown as { version: VersionSummary }).version;
    addTouchpoint(ann.client.doc, {
      stageId: readMap(ann.client.doc).map.stages[0]!.id,
      title: 'After the name',
    });
    await waitFor(() => t.server.store.lastEditSeq(mapId) > 0, 5000, 'edit stored');
    const after = await t.api(`/api/maps/${mapId}/versions`, { method: 'POST', body: { name: 'After' } });
    const afterId = (after.body as unknown as { version: VersionSummary }).version.id;

    const between = await t.api(`/api/maps/${mapId}/readout?from=${before.id}&to=${afterId}`);
    const readout = (between.body as unknown as { readout: Readout }).readout;
    expect([readout.from.label, readout.to.label]).toEqual(['Before', 'After']);
    expect(readout.counts).toEqual({ added: 1, removed: 0, changed: 0 });

    const otherVersion = (await t.api(`/api/maps/${other}/versions`, { method: 'POST', body: { name: 'x' } }))
      .body as unknown as { version: VersionSummary };
    expect((await t.api(`/api/maps/${mapId}/readout?from=${otherVersion.version.id}`)).status).toBe(404);
    expect((await t.api(`/api/maps/${mapId}/readout?to=..%2Fx`)).status).toBe(400);
    expect((await t.api(`/api/maps/nosuchmap/readout`)).status).toBe(404);
  });
});
