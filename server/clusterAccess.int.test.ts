import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addTouchpoint, clientSchemaParams, noticeParams } from '../model';
import { EVENTS_CHANNEL } from './cluster/RedisRelay';
import { decodeEvent, decodeFrame } from './cluster/relayFrames';
import type { ChildServer } from './testing/childServer';
import { createMap, stageIdsOf, titlesIn } from './testing/clusterHarness';
import { useCluster } from './testing/clusterSuite';
import { haveEngines, TEST_REDIS_URL } from './testing/engines';
import { updateFrame } from './testing/frames';
import { waitFor } from './testing/harness';

/**
 * Issue 20: roles and links hold on every process. A link minted on A is checked on B (one secret,
 * one store); a viewer's write sent by hand to B is refused there and reaches nobody; revoking the
 * link on A closes its socket on B; trashing the map on A closes its sockets on C.
 */
const ADMIN = 'cluster-admin-token-cluster-admin-token-0123';
const JOURNEY_NOTICE = 4;
/** Refused tokens an address may present per minute, cluster-wide. */
const ATTEMPTS = 4;

describe.runIf(haveEngines('postgres', 'redis'))('roles and links across processes', () => {
  const cluster = useCluster({
    processes: 3,
    env: {
      JOURNEY_ACCESS: 'locked',
      JOURNEY_ADMIN_TOKEN: ADMIN,
      JOURNEY_FAILED_ATTEMPTS_PER_MINUTE: String(ATTEMPTS),
      // The attempts test comes from an address of its own (X-Forwarded-For), not the other tests'.
      JOURNEY_TRUST_PROXY: '1',
    },
  });

  it('counts refused tokens on every process: spread over three, they run out as on one', async () => {
    const listener = new Redis(TEST_REDIS_URL!);
    try {
      let heard = 0;
      listener.on('messageBuffer', (_channel: Buffer, message: Buffer) => {
        const frame = decodeFrame(message);
        if (frame?.kind === 'event' && decodeEvent(frame.payload)?.type === 'failed-attempt') heard += 1;
      });
      await listener.subscribe(EVENTS_CHANNEL);
      const attempt = async (p: ChildServer) =>
        (
          await fetch(`${p.url}/api/maps`, {
            headers: { Authorization: 'Bearer not-the-admin-token', 'X-Forwarded-For': '203.0.113.7' },
          })
        ).status;
      const [a, b, c] = cluster.processes as [ChildServer, ChildServer, ChildServer];
      // One address, spread over the processes: A, B, C, A.
      const statuses = [await attempt(a), await attempt(b), await attempt(c), await attempt(a)];
      expect(
        statuses.every((s) => s === 401 || s === 403),
        String(statuses),
      ).toBe(true);
      // Every process has heard them once a listener on the same channel has.
      await waitFor(() => heard === ATTEMPTS, 5000, 'attempts published');
      await fetch(`${b.url}/api/health`);
      // B refused only one itself: on its own it would allow three more.
      expect(await attempt(b)).toBe(429);
      expect(await attempt(c)).toBe(429);
    } finally {
      await listener.quit();
    }
  });

  it('a viewer link from A cannot write on B, revoked on A it closes on B, and a map trashed on A closes on C', async () => {
    const { clients } = cluster;
    const [a, b, c] = cluster.processes as [ChildServer, ChildServer, ChildServer];
    const admin = { Authorization: `Bearer ${ADMIN}` };
    const mapId = await createMap(a.url, admin);
    const mint = async (role: string) => {
      const res = await fetch(`${a.url}/api/maps/${mapId}/links`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ role }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { link: { id: string; token: string } }).link;
    };
    const viewerLink = await mint('viewer');
    const editorLink = await mint('editor');
    const until = (cond: () => boolean, label: string) => cluster.until(cond, label, 15_000);

    const editorOnC = cluster.client(c.wsBase, mapId, 'editorC', { token: editorLink.token });
    const editorOnB = cluster.client(b.wsBase, mapId, 'editorB', { token: editorLink.token });
    const viewerOnB = cluster.client(b.wsBase, mapId, 'viewerB', { token: viewerLink.token });
    await until(() => clients.every((x) => x.provider.synced), 'synced');
    const [stage] = stageIdsOf(editorOnC.doc);

    // The viewer's write, framed by hand and sent straight to B.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(editorOnC.doc));
    let write: Uint8Array | undefined;
    forged.on('update', (u: Uint8Array) => (write = u));
    addTouchpoint(forged, { stageId: stage!, title: 'viewer write' });
    const query = new URLSearchParams({
      ...clientSchemaParams(),
      ...noticeParams(),
      token: viewerLink.token,
    });
    const raw = cluster.defer(new WebSocket(`${b.wsBase}/${mapId}?${query}`), (s) => s.terminate());
    const notices: string[] = [];
    let closeCode: number | undefined;
    raw.on('message', (data: Buffer) => {
      if (data[0] === JOURNEY_NOTICE) notices.push(data.toString('utf8'));
    });
    raw.on('close', (code) => (closeCode = code));
    await new Promise((resolve, reject) => raw.once('open', resolve).once('error', reject));
    raw.send(updateFrame(write!));
    await until(
      () => closeCode === 4400 || notices.some((n) => n.includes('write-rejected')),
      'B refused it',
    );

    // An editor's edit on B after the refusal: it reaches C after anything B would have relayed first.
    const fence = editorOnB.write(stage!);
    await until(() => titlesIn(editorOnC.doc).includes(fence), 'fence relayed to C');
    expect(titlesIn(editorOnC.doc)).not.toContain('viewer write');
    expect(titlesIn(editorOnB.doc)).not.toContain('viewer write');
    expect(titlesIn(cluster.store.readStored(mapId)!)).not.toContain('viewer write');

    // Revoked on A: the viewer's socket on B closes with 4401; the editors stay.
    const revoked = await fetch(`${a.url}/api/maps/${mapId}/links/${viewerLink.id}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(revoked.status).toBe(204);
    await until(() => viewerOnB.closeCodes.includes(4401), 'viewer closed on B');
    // The stock client would retry with its revoked token (each a refused attempt): it stops here.
    viewerOnB.provider.disconnect();
    expect(editorOnB.provider.wsconnected && editorOnC.provider.wsconnected).toBe(true);

    // Trashed on A: the editors on B and C are closed with 4404.
    const trashed = await fetch(`${a.url}/api/maps/${mapId}`, { method: 'DELETE', headers: admin });
    expect(trashed.status).toBe(204);
    await until(
      () => editorOnC.closeCodes.includes(4404) && editorOnB.closeCodes.includes(4404),
      'editors closed on B and C',
    );
  }, 60_000);
});
