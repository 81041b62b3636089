import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import { readMap } from '../model';
import { CloseCode } from './closeCodes';
import type { JournalFaultKind } from './persistence/journalFaults';
import { createChildServer, type ChildServer } from './testing/childServer';
import { waitFor } from './testing/harness';
import { connectWriter, covers, createMap, mark, titlesIn, type Writer } from './testing/stockWriters';

/**
 * Power-cut simulation of the group commit (issue 20), with the test-only fault hook
 * (JOURNEY_TEST_FAULT, `server/persistence/journalFaults.ts`) in a real server process:
 * - `fsync-fail`: a commit fails as if fsync returned EIO; the server lives on;
 * - `kill-before-commit`: the process is SIGKILLed with the batch written but not committed;
 * - `kill-before-ack`: SIGKILLed after the commit, before any of its appends resolved.
 * In each case no client may hold an update the disk lacks (so nobody received one of that
 * batch), the rooms close with 1013 when the server survives, and once the server is back (or its
 * cooldown is over) the clients' own edits all end up stored.
 */
const CLIENTS = 3;
/** The commit that meets the fault: well after the clients are writing through the server. */
const FAULT_AT = 40;

const CASES: Record<JournalFaultKind, { dies: boolean }> = {
  'fsync-fail': { dies: false },
  'kill-before-commit': { dies: true },
  'kill-before-ack': { dies: true },
};

describe('power cut during a group commit', () => {
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

  for (const [fault, { dies }] of Object.entries(CASES)) {
    it(`${fault}@${FAULT_AT}: nothing of the batch reaches a client, every edit ends up stored`, async () => {
      const seed = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
      const gen = prng.create(seed);
      server = await createChildServer({
        env: { JOURNEY_TEST_FAULT: `${fault}@${FAULT_AT}`, JOURNEY_STORAGE_RETRY_MS: '1500' },
      });
      const child = server;
      const until = (cond: () => boolean, label: string) =>
        waitFor(cond, 20_000, label).catch((err: Error) => {
          const codes = writers.map((w) => `${w.name}: [${w.closeCodes.join(', ')}]`).join('; ');
          throw new Error(`${err.message}; close codes ${codes}; seed ${seed}\n${child.output}`);
        });
      const mapId = await createMap(child.url);
      for (let i = 0; i < CLIENTS; i++) writers.push(connectWriter(child.wsBase, mapId, `c${i}`));
      await until(() => writers.every((w) => w.provider.synced), 'clients synced');
      const stageIds = readMap(writers[0]!.doc).map.stages.map((s) => s.id);
      writers.forEach((w, i) => w.start(stageIds[i % stageIds.length]!, prng.uint32(gen, 1, 2 ** 31)));

      if (dies) await until(() => !child.running, 'the fault killed the server');
      else await until(() => writers.every((w) => w.closeCodes.length > 0), 'rooms closed');
      await until(() => writers.every((w) => !w.provider.wsconnected), 'clients saw the close');
      const atFault = writers.map(mark);
      // Still in the cooldown (or the server is down): nothing more reaches the clients or the disk.
      const received = writers.flatMap((w) => titlesIn(w.doc).filter((t) => !t.startsWith(`${w.name}:`)));
      const onDisk = new Set(titlesIn(child.readStored(mapId)!));
      expect(received.length, 'edits flowed through the server before the fault').toBeGreaterThan(0);
      expect(
        received.filter((t) => !onDisk.has(t)),
        `received by a client, missing on disk; seed ${seed}`,
      ).toEqual([]);
      if (!dies) {
        for (const w of writers) expect(w.closeCodes[0]).toBe(CloseCode.TRY_AGAIN_LATER);
      }

      if (dies) await child.start({});
      await until(() => covers(child.readStored(mapId)!, atFault), 'edits made before the fault stored');
      for (const w of writers) w.stop();
      const final = writers.map(mark);
      await until(() => covers(child.readStored(mapId)!, final), 'every edit stored');
      const made = writers.flatMap((w) => w.made);
      expect(titlesIn(child.readStored(mapId)!).sort(), `every edit stored once; seed ${seed}`).toEqual(
        [...made].sort(),
      );
      await until(() => writers.every((w) => titlesIn(w.doc).length === made.length), 'clients converged');
    }, 60_000);
  }
});
