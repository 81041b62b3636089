import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import { readMap } from '../model';
import { createChildServer, type ChildServer } from './testing/childServer';
import { waitFor } from './testing/harness';
import { connectWriter, covers, createMap, mark, sleep, titlesIn, type Writer } from './testing/stockWriters';

/**
 * Crash durability: several stock clients write while the real server (a child process) is killed
 * with SIGKILL at seeded random moments and restarted on the same port.
 *
 * 1. Whatever any client received from the server must be in the SQLite file right after the crash:
 *    the server only broadcasts an update once it is committed. The file is read between the crash
 *    and the restart (not through a fresh client after the restart) because once the server is back
 *    the reconnecting clients re-send their edits at once, which would hide an edit the disk lost.
 * 2. After the restart the clients reconnect by themselves and bring what the server never stored
 *    (in flight at the crash, or made while it was down): every edit anybody made ends up stored.
 *
 * DURABILITY_SEED=<n> replays a run's kill moments and write pacing (the seed is printed).
 */
const CLIENTS = 4;
const CYCLES = 10;
/** Low, so that some kills land during a compaction (snapshot + deleting the folded log). */
const COMPACT_EVERY = 25;
/** When to kill the server, ms after edits flow through it again (seeded). */
const KILL_AFTER = [100, 500] as const;
/** Each restart also starts the journal's worker thread (under tsx, ~0.6 s; more on a busy machine). */
const TIMEOUT_MS = 240_000;

describe('durability under kill -9', () => {
  let server: ChildServer | undefined;
  const writers: Writer[] = [];
  afterEach(async () => {
    for (const w of writers.splice(0)) {
      w.stop();
      w.provider.destroy();
      w.doc.destroy();
    }
    await server?.dispose();
    server = undefined;
  });

  it(
    `loses no edit over ${CYCLES} kill -9 / restart cycles with ${CLIENTS} writing clients`,
    async () => {
      const seed = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
      const gen = prng.create(seed);
      const replay = `DURABILITY_SEED=${seed} replays this run`;
      console.info(`[durability] seed ${seed}`);
      /** Per cycle: edits the disk did not have at the crash, re-sent by the reconnecting clients. */
      const resent: number[] = [];

      server = await createChildServer({ env: { JOURNEY_COMPACT_EVERY: String(COMPACT_EVERY) } });
      const child = server;
      const mapId = await createMap(child.url);
      for (let i = 0; i < CLIENTS; i++) writers.push(connectWriter(child.wsBase, mapId, `c${i}`));
      /** Waits for `cond`; a timeout says which clients were closed with what, and what the server printed. */
      const until = (cond: () => boolean, label: string) =>
        waitFor(cond, 15_000, label).catch((err: Error) => {
          const codes = writers.map((w) => `${w.name}: [${w.closeCodes.join(', ')}]`).join('; ');
          throw new Error(`${err.message}; close codes ${codes}; ${replay}\n${child.output}`);
        });
      const allSynced = () => writers.every((w) => w.provider.synced);

      await until(allSynced, 'clients synced');
      const stageIds = readMap(writers[0]!.doc).map.stages.map((s) => s.id);
      writers.forEach((w, i) => w.start(stageIds[i % stageIds.length]!, prng.uint32(gen, 1, 2 ** 31)));

      const fromServer = () => writers.reduce((n, w) => n + w.fromServer(), 0);
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        await until(allSynced, `cycle ${cycle}: clients back in sync`);
        // Edits flow through the server in every cycle before it is killed (also on a slow machine).
        const before = fromServer();
        await until(() => fromServer() > before, `cycle ${cycle}: edits relayed`);
        await sleep(prng.int32(gen, ...KILL_AFTER));

        await child.crash();
        const atCrash = writers.map(mark);
        // Once every socket has seen the close, whatever the server managed to send has been applied.
        await until(() => writers.every((w) => !w.provider.wsconnected), 'clients saw the crash');
        const received = new Set(
          writers.flatMap((w) => titlesIn(w.doc).filter((t) => !t.startsWith(`${w.name}:`))),
        );
        const onDisk = new Set(titlesIn(child.readStored(mapId)!));
        const lostFromDisk = [...received].filter((t) => !onDisk.has(t));
        expect(lostFromDisk, `cycle ${cycle}: received by a client, missing on disk; ${replay}`).toEqual([]);

        await child.start();
        // The stock providers reconnect by themselves and send what the disk did not have.
        await until(
          () => covers(child.readStored(mapId)!, atCrash),
          `cycle ${cycle}: edits stored after restart`,
        );
        const stored = new Set(titlesIn(child.readStored(mapId)!));
        const lost = atCrash.flatMap(({ writer, count }) =>
          writer.made.slice(0, count).filter((t) => !stored.has(t)),
        );
        expect(
          lost,
          `cycle ${cycle}: made before the crash, not stored after the restart; ${replay}`,
        ).toEqual([]);

        const made = atCrash.reduce((n, m) => n + m.count, 0);
        resent.push(made - onDisk.size);
      }

      for (const w of writers) w.stop();
      const final = writers.map(mark);
      await until(() => covers(child.readStored(mapId)!, final), 'last edits stored');
      const stored = child.readStored(mapId)!;
      const made = writers.flatMap((w) => w.made);
      expect(titlesIn(stored).sort(), `every edit stored exactly once; ${replay}`).toEqual([...made].sort());
      expect(readMap(stored).problems, 'the stored map reads without skipped records').toEqual([]);
      await until(() => writers.every((w) => titlesIn(w.doc).length === made.length), 'clients converged');
      expect(writers.flatMap((w) => w.closeCodes.filter((code) => code >= 4400 && code < 4500))).toEqual([]);
      console.info(
        `[durability] ${CYCLES} kills: ${made.length} edits, all stored; ` +
          `re-sent by reconnecting clients per cycle: ${resent.join(', ')}`,
      );
    },
    TIMEOUT_MS,
  );
});
