import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION } from '../model';
import { metaMap } from '../model/docLayout';
import { createMapViaApi, expect, storedMap, test } from './fixtures';

/**
 * The schema handshake, client side: this page's bundle knows map format N; the map it opens says
 * N + 1 (saved by a newer Journey). The map socket is proxied, and right after the server's sync a
 * newer Journey's "meta.schemaVersion = N + 1" reaches the page, as it would from a map migrated
 * past this bundle. The tab goes read-only at once: the notice with Reload, and no card can be added.
 */
test('a map saved by a newer Journey: read-only, "reload to continue", no card added', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'From the future', template: 'sample' });
  const mirror = new Y.Doc();
  let bumped = false;
  await page.routeWebSocket(new RegExp(`/ws/${mapId}\\?`), (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      ws.send(message);
      if (typeof message === 'string' || bumped) return;
      const decoder = decoding.createDecoder(new Uint8Array(message));
      if (decoding.readVarUint(decoder) !== 0) return; // only sync messages carry the doc
      const kind = decoding.readVarUint(decoder);
      if (kind !== syncProtocol.messageYjsSyncStep2) return;
      Y.applyUpdate(mirror, decoding.readVarUint8Array(decoder));
      const before = Y.encodeStateVector(mirror);
      metaMap(mirror).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(mirror, before));
      ws.send(Buffer.from(encoding.toUint8Array(encoder)));
      bumped = true;
    });
  });

  await page.goto(`/map/${mapId}`);
  // A shared machine can take a while to open the map: wait as the other specs do.
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  const notice = page.getByTestId('newer-schema-notice');
  await expect(notice).toContainText('This map was saved by a newer version of Journey. Reload to continue.');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  const cards = page.getByTestId('touchpoint-card');
  await expect(cards).toHaveCount(11);

  // No way to add a card: no toolbar button, and neither N nor a double-click on a cell adds one.
  await expect(page.getByRole('button', { name: 'Add touchpoint' })).toHaveCount(0);
  await page.getByTestId('stage-header').first().click();
  await page.keyboard.press('n');
  const stage = await page.getByTestId('stage-header').first().boundingBox();
  const lane = await page.getByTestId('lane-backstage').boundingBox();
  await page.mouse.dblclick(stage!.x + 40, lane!.y + lane!.height / 2);
  await expect(cards).toHaveCount(11);
  expect((await storedMap(request, mapId)).touchpoints).toHaveLength(11);
  expect(bumped).toBe(true);
  mirror.destroy();
});
