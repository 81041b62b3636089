import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import {
  addTouchpoint,
  JOURNEY_NOTICE_MESSAGE,
  journeyNoticeSchema,
  noticeParams,
  type JourneyNotice,
  type MapLinksResponse,
} from '../model';
import type { ChildServer } from './testing/childServer';
import { createMap, stageIdsOf } from './testing/clusterHarness';
import { useCluster } from './testing/clusterSuite';
import { haveEngines } from './testing/engines';
import { linkChild } from './testing/mapLinksFixture';

/**
 * Issue 21 across processes: the child is edited on process A while the parent's socket is on
 * process B. B hears the save through the cluster's "map saved" event, tells the parent's socket
 * (`links-changed`), and its GET shows the new figures (its cached roll-up was dropped).
 */
async function linked(p: ChildServer, mapId: string): Promise<MapLinksResponse> {
  const res = await fetch(`${p.url}/api/maps/${mapId}/linked`);
  expect(res.status).toBe(200);
  return (await res.json()) as MapLinksResponse;
}

describe.runIf(haveEngines('postgres', 'redis'))('linked maps across processes', () => {
  const cluster = useCluster({ processes: 2 });

  /** A parent and a child made on A; the parent open on B by a client that asks for journey notices. */
  async function parentOnB() {
    const [a, b] = cluster.processes as [ChildServer, ChildServer];
    const parentId = await createMap(a.url);
    const childId = await createMap(a.url);
    const parent = cluster.client(b.wsBase, parentId, 'parent', noticeParams());
    const notices: JourneyNotice[] = [];
    parent.provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = (_encoder, decoder) => {
      notices.push(journeyNoticeSchema.parse(JSON.parse(decoding.readVarString(decoder))));
    };
    await cluster.until(() => parent.provider.synced, 'parent synced on B');
    return { a, b, parentId, childId, parent, notices };
  }

  it('a child edited on A: the parent’s socket on B is told, and B’s GET shows the new figures', async () => {
    const { a, b, parentId, childId, parent, notices } = await parentOnB();
    const stageId = stageIdsOf(parent.doc)[0]!;
    linkChild(parent.doc, 'stage', stageId, childId);
    // Bounded polling (never a sleep sized to the machine): until B reads the stored link.
    let before = await linked(b, parentId);
    for (let i = 0; i < 200 && before.children.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      before = await linked(b, parentId);
    }
    expect(before.children[0]).toMatchObject({ mapId: childId, access: 'ok', rollup: { touchpoints: 0 } });

    // Someone edits the child on A, while someone else has it open on B (B reads its live copy).
    const onlooker = cluster.client(b.wsBase, childId, 'onlooker');
    const child = cluster.client(a.wsBase, childId, 'child');
    await cluster.until(() => child.provider.synced && onlooker.provider.synced, 'child synced on A and B');
    addTouchpoint(child.doc, { stageId: stageIdsOf(child.doc)[0]!, title: 'Claim call', emotion: -1 });

    await cluster.until(
      () => notices.some((n) => n.type === 'links-changed' && n.childMapId === childId),
      'links-changed on B',
    );
    const after = await linked(b, parentId);
    expect(after.children[0]?.rollup).toMatchObject({
      touchpoints: 1,
      averageEmotion: -1,
      unownedTouchpoints: 1,
    });
    // And B names the parent in the child's breadcrumb.
    expect((await linked(b, childId)).parents.map((p) => p.mapId)).toEqual([parentId]);
  }, 60_000);

  it('a child restored from the trash on A: the parent’s socket on B is told, and B links it again', async () => {
    const { a, b, parentId, childId, parent, notices } = await parentOnB();
    linkChild(parent.doc, 'stage', stageIdsOf(parent.doc)[0]!, childId);
    const access = async () => (await linked(b, parentId)).children[0]?.access;
    for (let i = 0; i < 200 && (await access()) !== 'ok'; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await access()).toBe('ok');

    expect((await fetch(`${a.url}/api/maps/${childId}`, { method: 'DELETE' })).status).toBe(204);
    await cluster.until(
      () => notices.some((n) => n.type === 'links-changed' && n.childMapId === childId),
      'links-changed on B (trash)',
    );
    expect(await access()).toBe('missing');

    notices.length = 0;
    const restored = await fetch(`${a.url}/api/maps/${childId}/restore`, { method: 'POST' });
    expect(restored.status).toBe(200);
    await cluster.until(
      () => notices.some((n) => n.type === 'links-changed' && n.childMapId === childId),
      'links-changed on B (restore)',
    );
    expect(await access()).toBe('ok');
  }, 60_000);
});
