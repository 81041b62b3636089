/**
 * What map history costs (issue 17), on the real store and version taker:
 * 1. a version of a 2,000-card map whose edit log holds 100k edits: its size, and the time to take
 *    one (encode both docs, count the changes against the previous version, write, thin);
 * 2. opening a version preview: read its state from the store, load it into a Y.Doc, readMap it;
 * 3. database growth over a simulated 2-hour workshop of 30 people (fake clock, one edit per person
 *    every ~10 s, a break that ends and starts a session, hourly versions), through RoomManager
 *    rooms with attributed peers, as a connection would write.
 * Prints figures, asserts nothing. The database lives in /dev/shm when there is one (fsync cost is
 * the disk's, measured elsewhere). Run: npx tsx bench/versions.bench.ts [--quick]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { addNote, addTouchpoint, editText, readMap, setEmotion, type Origin } from '../model';
import type { Logger } from '../server/log';
import { SqliteStore } from '../server/persistence/SqliteStore';
import { RoomManager } from '../server/rooms/RoomManager';
import type { RoomPeer } from '../server/rooms/RoomPeer';
import { countCardChanges } from '../server/versions/countCardChanges';
import { MapSessions } from '../server/versions/MapSessions';
import { DEFAULT_RETENTION } from '../server/versions/retention';
import { VersionTaker } from '../server/versions/VersionTaker';
import { workshopDoc } from '../server/testing/workshopDoc';

const QUICK = process.argv.includes('--quick');
const CARDS = 2_000;
const EDITS = QUICK ? 10_000 : 100_000;
const PEOPLE = 30;
const WORKSHOP_MS = 2 * 3_600_000;
const HOUR = 3_600_000;
const BREAK_S = 70 * 60;
const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };
const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed<T>(fn: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = fn();
  return { ms: performance.now() - started, result };
}

function freshStore(name: string): { store: SqliteStore; dir: string } {
  const dir = fs.mkdtempSync(path.join(base, `journey-bench-${name}-`));
  return { store: SqliteStore.inDataDir(dir), dir };
}

/** Part 1 and 2: a 2,000-card map with a long edit log (already compacted, as the server would). */
function bigMapVersions(): void {
  const { doc, ids } = workshopDoc({ cards: CARDS, votesPerPerson: 3 });
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  // Typing at the end of titles (a keystroke is an edit), and now and then an emotion.
  const lengths = ids.map((_, i) => `T${i}`.length);
  const made = timed(() => {
    for (let i = 0; updates.length < EDITS; i++) {
      const card = (i * 37) % CARDS;
      const id = ids[card]!;
      if (i % 10 === 9) setEmotion(doc, id, ((Math.floor(i / 10) % 5) - 2) as -2 | -1 | 0 | 1 | 2);
      else {
        const at = lengths[card]!;
        editText(doc, { kind: 'touchpoint', id, field: 'title' }, { index: at, remove: 0, insert: 'x' });
        lengths[card] = at + 1;
      }
    }
  });
  const { store, dir } = freshStore('big');
  const mapId = 'map_big';
  store.createMap({ id: mapId, title: 'Big', createdAt: 0, updatedAt: 0 }, Y.encodeStateAsUpdate(doc));
  store.close();
  // The log written in one transaction behind the store's back (100k fsyncs would time the disk).
  const raw = new Database(SqliteStore.fileIn(dir));
  const insert = raw.prepare('INSERT INTO edits (map_id, person_id, at, data) VALUES (?, ?, ?, ?)');
  const now = Date.now();
  raw.transaction(() => {
    updates.forEach((u, i) => insert.run(mapId, `p_${i % PEOPLE}`, now - (updates.length - i) * 1000, u));
  })();
  raw.close();
  const reopened = SqliteStore.inDataDir(dir);
  let clock = now;
  const taker = new VersionTaker(reopened, () => undefined, {
    now: () => clock,
    retention: DEFAULT_RETENTION,
    editWindowMs: 7 * 24 * HOUR,
    countChanges: countCardChanges,
    logger: silent,
  });
  const live = new Y.Doc();
  Y.applyUpdate(live, Y.encodeStateAsUpdate(doc));
  const first = timed(() => taker.take(mapId, { reason: 'session-start', people: [] }, live));
  const takes: number[] = [];
  for (let i = 0; i < 5; i++) {
    clock += 60_000;
    editText(live, { kind: 'touchpoint', id: ids[i]!, field: 'title' }, { index: 0, remove: 0, insert: 'y' });
    takes.push(timed(() => taker.take(mapId, { reason: 'hourly', people: [] }, live)).ms);
  }
  const same = timed(() => taker.take(mapId, { reason: 'named', name: 'Same', people: [] }, live));
  const states = reopened.versionStates(mapId, first.result.id)!;
  console.log(
    `${CARDS} cards, ${updates.length} edits in the log (made in ${(made.ms / 1000).toFixed(1)} s): ` +
      `version state ${kb(states.map.length)} (map) + ${states.comments.length} B (comments); ` +
      `take: first ${first.ms.toFixed(0)} ms (no previous), then median ${median(takes).toFixed(0)} ms; ` +
      `unchanged (deduplicated) ${same.ms.toFixed(0)} ms`,
  );

  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    opens.push(
      timed(() => {
        const state = reopened.versionStates(mapId, first.result.id)!.map;
        const preview = new Y.Doc();
        Y.applyUpdate(preview, state);
        const map = readMap(preview).map;
        preview.destroy();
        return map.touchpoints.length;
      }).ms,
    );
  }
  console.log(
    `open a version preview (read state, load, readMap ${CARDS} cards): median ${median(opens).toFixed(0)} ms`,
  );
  reopened.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Part 3: a 2-hour workshop of 30 people, through rooms, sessions and versions on a fake clock. */
async function workshopGrowth(): Promise<void> {
  const { store, dir } = freshStore('workshop');
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  const now = () => clock;
  const rooms: { manager?: RoomManager } = {};
  const taker = new VersionTaker(store, (id, kind) => rooms.manager?.get(id, kind)?.doc, {
    now,
    retention: DEFAULT_RETENTION,
    editWindowMs: 7 * 24 * HOUR,
    countChanges: countCardChanges,
    logger: silent,
  });
  const sessions = new MapSessions(store, taker, { now, versionEveryMs: HOUR, logger: silent });
  const manager = new RoomManager(store, {
    compactEvery: 200,
    roomTtlMs: 60_000,
    logger: silent,
    hooks: sessions,
    now,
  });
  rooms.manager = manager;
  const { doc: seed } = workshopDoc({ cards: 40, votesPerPerson: 3 });
  const mapId = 'map_workshop';
  store.createMap(
    { id: mapId, title: 'Workshop', createdAt: clock, updatedAt: clock },
    Y.encodeStateAsUpdate(seed),
  );
  const room = manager.acquire(mapId)!;
  const bytesAtStart = store.usage().bytes;
  const peers: RoomPeer[] = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `c${i}`,
    personId: `p_person${i}`,
    send: () => {},
    close: () => {},
  }));
  const stage = readMap(room.doc).map.stages[0]!.id;
  const cards = readMap(room.doc).map.touchpoints.map((t) => ({ id: t.id, length: t.title.length }));
  let edits = 0;
  const started = performance.now();
  // One tick per second; each person edits with probability 1/10 per second.
  for (let second = 0; second < WORKSHOP_MS / 1000; second++) {
    clock += 1000;
    // Everyone joins at 9:00, leaves for a break at 10:10 and is back 10:25–11:00.
    const inBreak = second >= BREAK_S && second < BREAK_S + 15 * 60;
    if (second === 0 || second === BREAK_S + 15 * 60) for (const p of peers) room.addPeer(p);
    if (second === BREAK_S) for (const p of peers) room.removePeer(p);
    // Versions are taken after the update event (setImmediate), as in the server.
    await new Promise((resolve) => setImmediate(resolve));
    if (inBreak) continue;
    for (const peer of peers) {
      if (Math.random() >= 0.1) continue;
      // A connection is the origin of its updates: the room attributes them to its person.
      const origin = peer as unknown as Origin;
      // Of 50 edits: 2 new cards, 1 new note, 5 emotions, the rest typing into a title.
      const roll = edits % 50;
      if (roll < 2) {
        const title = `Idea ${edits}`;
        cards.push({ id: addTouchpoint(room.doc, { stageId: stage, title }, origin), length: title.length });
      } else if (roll === 2) {
        addNote(room.doc, { kind: 'painPoint', stageId: stage, text: `Pain ${edits}` }, origin);
      } else if (roll < 8) {
        const card = cards[(edits * 7) % cards.length]!;
        setEmotion(room.doc, card.id, ((edits % 5) - 2) as -2 | -1 | 0 | 1 | 2, origin);
      } else {
        // Typing at the end of a title; each person mostly in "their" cards.
        const card = cards[(edits * 7) % cards.length]!;
        // A long title is cut back to 10 characters (someone rewrites it) before the field is full.
        const full = card.length >= 100;
        const edit = full
          ? { index: 10, remove: card.length - 10, insert: '' }
          : { index: card.length, remove: 0, insert: 'a' };
        editText(room.doc, { kind: 'touchpoint', id: card.id, field: 'title' }, edit, origin);
        card.length = full ? 10 : card.length + 1;
      }
      edits += 1;
    }
  }
  for (const p of peers) room.removePeer(p);
  const wall = performance.now() - started;
  room.compact();
  const versions = store.listVersions(mapId);
  const raw = new Database(SqliteStore.fileIn(dir));
  const withWal = store.usage().bytes;
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const fileBytes = fs.statSync(SqliteStore.fileIn(dir)).size;
  const sum = (sql: string) => (raw.prepare(sql).get() as { n: number | null }).n ?? 0;
  const stateBytes = sum('SELECT SUM(LENGTH(map_state) + LENGTH(comments_state)) AS n FROM version_states');
  const editBytes = sum('SELECT SUM(LENGTH(data)) AS n FROM edits');
  const stateRows = sum('SELECT COUNT(*) AS n FROM version_states');
  const docBytes =
    sum('SELECT SUM(LENGTH(data)) AS n FROM snapshots') + sum('SELECT SUM(LENGTH(data)) AS n FROM updates');
  raw.close();
  console.log(
    `2-hour workshop, ${PEOPLE} people, ${edits} edits (simulated in ${(wall / 1000).toFixed(1)} s): ` +
      `database ${mb(bytesAtStart)} → ${mb(withWal)} with its WAL, file ${mb(fileBytes)} after a checkpoint; ` +
      `${versions.length} versions (${versions.map((v) => v.reason).join(', ')}) in ${stateRows} states, ${kb(stateBytes)}; ` +
      `edit log ${kb(editBytes)}; docs (snapshot + log) ${kb(docBytes)}; ` +
      `map state now ${kb(Y.encodeStateAsUpdate(room.doc).length)}`,
  );
  // The rooms' last appends settle in the journal before the store closes.
  void manager.closeAll(1001, 'bench done').then(async () => {
    await store.journal.close();
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

bigMapVersions();
await workshopGrowth();
