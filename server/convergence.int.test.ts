import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStage, moveStage, readMap, renameStage, setMapInfo } from '../model';
import { mapOf, sameState, startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function randomCommand(doc: Y.Doc, random: () => number, who: string, i: number): void {
  const stages = readMap(doc).map.stages;
  const pick = () => stages[Math.floor(random() * stages.length)];
  const roll = random();
  if (roll < 0.4 || stages.length === 0)
    addStage(doc, { name: `${who}-${i}`, index: Math.floor(random() * 4) });
  else if (roll < 0.6) renameStage(doc, pick()!.id, `${who} renamed ${i}`);
  else if (roll < 0.8) moveStage(doc, pick()!.id, Math.floor(random() * stages.length));
  else setMapInfo(doc, { goal: `${who} goal ${i}` });
}

describe('convergence through the server', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ compactEvery: 7 });
  });
  afterEach(() => t.dispose());

  it('three clients running random commands end identical, also after a restart', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const clients = ['ann', 'bob', 'cy'].map((who) => ({ who, ...t.connect(mapId) }));
    await Promise.all(clients.map((c) => waitForSync(c)));

    const random = rng(42);
    for (let round = 0; round < 15; round++) {
      for (const c of clients) randomCommand(c.doc, random, c.who, round);
      // Let some rounds interleave with delivery, others pile up concurrently.
      if (round % 3 === 0) await new Promise((r) => setImmediate(r));
    }
    const [a, b, c] = clients.map((cl) => cl.doc) as [Y.Doc, Y.Doc, Y.Doc];
    await waitFor(() => sameState(a, b) && sameState(b, c), 10000, 'clients converge');
    await waitFor(() => sameState(t.server.rooms.get(mapId)!.doc, a), 5000, 'server has everything');
    expect(mapOf(b)).toEqual(mapOf(a));
    expect(mapOf(c)).toEqual(mapOf(a));
    const expected = mapOf(a);

    for (const cl of clients) cl.provider.destroy();
    await t.restart();
    const fresh = t.connect(mapId);
    await waitForSync(fresh);
    expect(mapOf(fresh.doc)).toEqual(expected);
  });
});
