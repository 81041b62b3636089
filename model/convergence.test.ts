import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandError } from './commands/commandSupport';
import { readMap } from './readMap';
import { makeRng, runRandomCommand, type Pinned, type Rng } from './testing/randomCommands';
import { cloneDoc, pushUpdates, sameYState, syncDocs } from './testing/syncDocs';
import { laneOfKind, templateDoc } from './testing/testMaps';

/**
 * The Yjs-style fuzz test (STYLE.md §10): three clients run random commands, exchange updates in
 * random partial syncs, and after a full sync must show the same map, hold the same Y state, and
 * read without problems. Seeds are fixed so a failure replays exactly.
 */
const SEEDS = [1, 2, 3, 42, 1234, 20260101];
const ROUNDS = 60;

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes record ids (crypto.getRandomValues) come from the seeded generator too. */
function seedIds(rng: Rng) {
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(
    <T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) for (let i = 0; i < array.length; i++) array[i] = rng.int(256);
      return array;
    },
  );
}

function runScenario(seed: number) {
  const rng = makeRng(seed);
  seedIds(rng);
  const first = templateDoc('sample', 1);
  const docs = [first, cloneDoc(first, 2), cloneDoc(first, 3)];
  const map0 = readMap(first).map;
  const pinned: Pinned = {
    stageId: map0.stages[0]!.id,
    laneIds: new Set([laneOfKind(map0, 'touchpoints').id, laneOfKind(map0, 'emotions').id]),
  };
  const ran: string[] = [];
  let refused = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const doc of docs) {
      for (let k = rng.int(3); k >= 0; k--) {
        try {
          ran.push(runRandomCommand(doc, rng, pinned));
        } catch (err) {
          if (!(err instanceof CommandError)) throw err;
          refused++;
        }
      }
    }
    // Random partial syncs: some clients hear from some others, one direction at a time.
    for (let k = rng.int(4); k > 0; k--) pushUpdates(docs[rng.int(3)]!, docs[rng.int(3)]!);
    for (const doc of docs) expect(readMap(doc).problems, `seed ${seed} round ${round}`).toEqual([]);
  }
  syncDocs(...docs);
  return { docs, ran, refused };
}

describe('random commands on three clients converge', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const { docs, ran, refused } = runScenario(seed);
    const reads = docs.map((d) => readMap(d));
    for (const r of reads) expect(r.problems).toEqual([]);
    const [json, ...others] = reads.map((r) => JSON.stringify(r.map));
    for (const other of others) expect(other).toBe(json);
    for (const other of docs.slice(1)) expect(sameYState(docs[0]!, other)).toBe(true);

    const map = reads[0]!.map;
    // Each record once, every card in a live stage, every edge between shown cards.
    for (const list of [map.stages, map.lanes, map.touchpoints, map.connections, map.notes]) {
      expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
    }
    const stageIds = new Set(map.stages.map((s) => s.id));
    const tpIds = new Set(map.touchpoints.map((t) => t.id));
    for (const t of map.touchpoints) expect(stageIds).toContain(t.stageId);
    for (const n of map.notes) expect(stageIds).toContain(n.stageId);
    for (const c of map.connections) expect(tpIds.has(c.from) && tpIds.has(c.to)).toBe(true);
    // The run did real work: many commands, most of them accepted.
    expect(ran.length).toBeGreaterThan(ROUNDS * 3);
    expect(refused).toBeLessThan(ran.length);
  });

  it('replays identically for the same seed', () => {
    const a = runScenario(5);
    vi.restoreAllMocks();
    const b = runScenario(5);
    expect(b.ran).toEqual(a.ran);
    expect(JSON.stringify(readMap(b.docs[0]!).map)).toBe(JSON.stringify(readMap(a.docs[0]!).map));
  });
});
