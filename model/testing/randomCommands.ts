import type * as Y from 'yjs';
import { connect, disconnect } from '../commands/connections';
import { addLane, deleteLane, moveLane, renameLane, setLaneVisible } from '../commands/lanes';
import { claimFacilitatorSeat } from '../commands/facilitatorSeat';
import { setCardLocked, setStructureLocked } from '../commands/locks';
import { setMapInfo } from '../commands/mapInfo';
import { castVote, retractVote, revealVotes, startVote } from '../commands/voting';
import { addNote, deleteNote, moveNote, updateNote } from '../commands/notes';
import { addStage, deleteStage, moveStage, renameStage } from '../commands/stages';
import {
  addTouchpoint,
  deleteTouchpoint,
  moveTouchpoint,
  setEmotion,
  setHubOverride,
  updateTouchpoint,
} from '../commands/touchpoints';
import { readMap } from '../readMap';
import { CHANNELS } from '../records/channel';
import { CARD_LANE_KINDS, LANE_KINDS } from '../records/lane';
import { CX_AREAS, NOTE_KINDS } from '../records/note';
import { HUB_OVERRIDES } from '../records/touchpoint';
import type { Emotion } from '../records/emotion';

/** Small seeded PRNG (mulberry32): a failing seed replays the same run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T | undefined;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => (items.length ? items[int(items.length)] : undefined) };
}

/**
 * Records every client keeps, so the map always has somewhere to put cards. Deleting the last stage
 * or the last Touchpoints lane concurrently on two clients is possible in real life and then readMap
 * reports the cards it cannot place; the convergence test checks convergence, not that case.
 */
export interface Pinned {
  readonly stageId: string;
  readonly laneIds: ReadonlySet<string>;
}

/**
 * Runs one random command on `doc`, picking ids from what this client currently sees. Returns its
 * name. Commands may be refused (CommandError) when the pick makes no sense; that is part of the test.
 */
export function runRandomCommand(doc: Y.Doc, rng: Rng, pinned: Pinned): string {
  const map = readMap(doc).map;
  const stage = () => rng.pick(map.stages)?.id ?? pinned.stageId;
  const tp = () => rng.pick(map.touchpoints)?.id ?? 'tp_none';
  const note = () => rng.pick(map.notes)?.id ?? 'note_none';
  const lane = () => rng.pick(map.lanes)?.id ?? 'lane_none';
  const cardLane = () => rng.pick(map.lanes.filter((l) => CARD_LANE_KINDS.has(l.kind)))?.id;
  const index = () => rng.int(8);
  const word = () => `w${rng.int(1000)}`;
  const me = { userId: `u_${doc.clientID}`, name: `Person ${doc.clientID}` };
  const commands: Record<string, () => unknown> = {
    addStage: () => addStage(doc, { name: word(), index: index() }),
    renameStage: () => renameStage(doc, stage(), word()),
    moveStage: () => moveStage(doc, stage(), index()),
    deleteStage: () => {
      const victim = rng.pick(map.stages.filter((s) => s.id !== pinned.stageId));
      if (victim)
        deleteStage(doc, victim.id, rng.next() < 0.5 ? { touchpoints: 'move' } : { touchpoints: 'delete' });
    },
    addTouchpoint: () =>
      addTouchpoint(doc, { stageId: stage(), laneId: cardLane(), title: word(), index: index() }),
    updateTouchpoint: () =>
      updateTouchpoint(doc, tp(), {
        owner: word(),
        channel: rng.pick(CHANNELS),
        voc: rng.next() < 0.5 ? { nps: rng.int(200) - 100 } : undefined,
      }),
    setEmotion: () => setEmotion(doc, tp(), (rng.int(5) - 2) as Emotion),
    setHubOverride: () => setHubOverride(doc, tp(), rng.pick(HUB_OVERRIDES) ?? 'auto'),
    moveTouchpoint: () =>
      moveTouchpoint(doc, tp(), {
        stageId: stage(),
        laneId: rng.next() < 0.3 ? cardLane() : undefined,
        index: index(),
      }),
    deleteTouchpoint: () => deleteTouchpoint(doc, tp()),
    connect: () => connect(doc, tp(), tp(), rng.next() < 0.3 ? word() : undefined),
    disconnect: () => disconnect(doc, rng.pick(map.connections)?.id ?? 'conn_none'),
    addNote: () =>
      addNote(doc, {
        kind: rng.pick(NOTE_KINDS) ?? 'painPoint',
        stageId: stage(),
        text: word(),
        cxArea: rng.pick(CX_AREAS),
        touchpointId: rng.next() < 0.4 ? tp() : undefined,
      }),
    updateNote: () =>
      updateNote(doc, note(), { text: word(), touchpointId: rng.next() < 0.3 ? tp() : undefined }),
    moveNote: () => moveNote(doc, note(), { stageId: stage(), index: index() }),
    deleteNote: () => deleteNote(doc, note()),
    addLane: () => addLane(doc, { kind: rng.pick(LANE_KINDS) ?? 'actions', index: index() }),
    renameLane: () => renameLane(doc, lane(), word()),
    moveLane: () => moveLane(doc, lane(), index()),
    setLaneVisible: () => setLaneVisible(doc, lane(), rng.next() < 0.5),
    deleteLane: () => {
      const victim = rng.pick(map.lanes.filter((l) => !pinned.laneIds.has(l.id)));
      if (victim) deleteLane(doc, victim.id);
    },
    setMapInfo: () => setMapInfo(doc, rng.next() < 0.5 ? { title: word() } : { goal: word() }),
    // Facilitation: each client is one person; most of these are refused unless they hold the seat.
    claimSeat: () => claimFacilitatorSeat(doc, me, { holderAbsent: rng.next() < 0.5 }),
    lockCard: () => setCardLocked(doc, me, rng.next() < 0.7 ? tp() : note(), rng.next() < 0.5),
    lockStructure: () => setStructureLocked(doc, me, rng.next() < 0.3),
    startVote: () => startVote(doc, me, { votesPerPerson: 1 + rng.int(4), anonymous: rng.next() < 0.3 }),
    castVote: () => castVote(doc, me, tp()),
    retractVote: () => retractVote(doc, me, tp()),
    revealVotes: () => revealVotes(doc, me),
  };
  const name = weightedPick(rng, Object.keys(commands));
  commands[name]?.();
  return name;
}

/** Adds and moves outnumber deletes, so the map grows and later commands have something to work on. */
const WEIGHTS: Record<string, number> = {
  addTouchpoint: 5,
  connect: 4,
  addNote: 3,
  moveTouchpoint: 3,
  addStage: 2,
  deleteStage: 0.5,
};

function weightedPick(rng: Rng, names: readonly string[]): string {
  const total = names.reduce((sum, n) => sum + (WEIGHTS[n] ?? 1), 0);
  let r = rng.next() * total;
  for (const n of names) {
    r -= WEIGHTS[n] ?? 1;
    if (r < 0) return n;
  }
  return names[names.length - 1] ?? 'setMapInfo';
}
