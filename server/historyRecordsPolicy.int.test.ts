import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, claimFacilitatorSeat, readMap, startTimer, startVote } from '../model';
import { endVote } from '../model/commands/voting';
import { collection, getRecord, putRecord } from '../model/docLayout';
import { readTimerRuns, readVoteResults } from '../model/history/readHistoryRecords';
import { startTestServer, storedDoc, waitFor, type TestPerson, type TestServer } from './testing/harness';

const T0 = Date.UTC(2026, 11, 3, 9, 0);

/**
 * Vote results and timer runs are a workshop's record: the server lets only the seat holder add one
 * and nobody change or delete one. The forbidden writes go straight into the doc (no command in the
 * way), as a modified client would send them.
 */
describe('vote results and timer runs enforced by the server', () => {
  let t: TestServer;
  let mapId: string;
  beforeEach(async () => {
    t = await startTestServer();
    mapId = await t.createMap({ template: 'sample' });
  });
  afterEach(() => t.dispose());

  const stored = () => storedDoc(t.server.store, mapId)!;
  const rejections = (p: TestPerson) => p.client.notices.filter((n) => n.type === 'write-rejected');

  /** A held seat and one ended vote, seen by everyone. */
  async function workshop() {
    const host = await t.joinAs(mapId, 'Host');
    const mallory = await t.joinAs(mapId, 'Mallory');
    const hostPerson = { userId: host.id, name: host.name };
    claimFacilitatorSeat(host.client.doc, hostPerson);
    const card = readMap(host.client.doc).map.touchpoints[0]!.id;
    const voteId = startVote(host.client.doc, hostPerson, { votesPerPerson: 2 });
    await waitFor(() => readMap(mallory.client.doc).map.facilitation.vote !== null, 5000, 'vote open');
    castVote(mallory.client.doc, { userId: mallory.id, name: mallory.name }, card);
    await waitFor(() => readMap(host.client.doc).map.facilitation.vote?.totals.length === 1, 5000, 'ballot');
    endVote(host.client.doc, hostPerson, T0);
    startTimer(host.client.doc, hostPerson, { durationMs: 60_000, now: T0 });
    await waitFor(() => readVoteResults(mallory.client.doc).length === 1, 5000, 'result relayed');
    await waitFor(() => readTimerRuns(mallory.client.doc).length === 1, 5000, 'run relayed');
    return { host, mallory, voteId, card };
  }

  /** Waits until the writer was told, then until the writer holds the room's state again. */
  async function refused(p: TestPerson, rule: string): Promise<void> {
    await waitFor(
      () => rejections(p).some((n) => n.type === 'write-rejected' && n.rule === rule),
      5000,
      rule,
    );
    const room = t.server.rooms.acquire(mapId, 'map')!;
    await waitFor(() => sameVector(p.client.doc, room.doc), 5000, 'converged');
  }

  it('keeps the seat holder’s result and run, stored and relayed', async () => {
    const { voteId, card } = await workshop();
    expect(readVoteResults(stored())).toEqual([
      expect.objectContaining({
        voteId,
        voters: 1,
        ranking: [expect.objectContaining({ touchpointId: card, count: 1 })],
      }),
    ]);
    expect(readTimerRuns(stored())).toHaveLength(1);
  });

  it('refuses a result or a run added by someone who is not the facilitator', async () => {
    const { mallory } = await workshop();
    const doc = mallory.client.doc;
    putRecord(doc, 'voteResults', {
      id: 'vote_fake',
      endedAt: T0,
      endedBy: { userId: mallory.id, name: 'Mallory' },
      votesPerPerson: 2,
      anonymous: false,
      voters: 30,
      totals: [],
    });
    await refused(mallory, 'facilitator-only');
    putRecord(doc, 'timerRuns', { id: 'timer_fake', startedAt: T0, durationMs: 60_000 });
    await waitFor(() => rejections(mallory).length >= 2, 5000, 'second refusal');
    await waitFor(() => collection(doc, 'timerRuns').size === 1, 5000, 'converged');
    for (const d of [stored(), doc]) {
      expect(collection(d, 'voteResults').has('vote_fake')).toBe(false);
      expect(collection(d, 'timerRuns').has('timer_fake')).toBe(false);
    }
  });

  it('refuses the facilitator changing or deleting a result, and anyone deleting a run', async () => {
    const { host, mallory, voteId } = await workshop();
    getRecord(host.client.doc, 'voteResults', voteId)!.set('voters', 40);
    await refused(host, 'history-record');
    expect(readVoteResults(host.client.doc)[0]?.voters).toBe(1);
    expect(readVoteResults(stored())[0]?.voters).toBe(1);

    collection(host.client.doc, 'voteResults').delete(voteId);
    await waitFor(() => rejections(host).length >= 2, 5000, 'second refusal');
    await waitFor(() => readVoteResults(host.client.doc).length === 1, 5000, 'result back');

    const run = [...collection(mallory.client.doc, 'timerRuns').keys()][0]!;
    collection(mallory.client.doc, 'timerRuns').delete(run);
    await refused(mallory, 'history-record');
    expect(readVoteResults(stored())).toHaveLength(1);
    expect(readTimerRuns(stored())).toHaveLength(1);
    expect(readTimerRuns(mallory.client.doc)).toHaveLength(1);
  });
});

function sameVector(a: Y.Doc, b: Y.Doc): boolean {
  return JSON.stringify([...Y.encodeStateVector(a)]) === JSON.stringify([...Y.encodeStateVector(b)]);
}
