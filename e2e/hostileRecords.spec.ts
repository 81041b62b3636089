import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { clientSchemaParams, JOURNEY_NOTICE_MESSAGE } from '../model';
import { COLLECTIONS, collection, metaMap } from '../model/docLayout';
import { writeHostileRecords } from '../model/testing/hostileRecords';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * A hostile client (a stock y-websocket provider in Node, no command in the way) writes invalid
 * records into a map a browser has open. The canvas keeps every valid card; a corner notice says how
 * many records could not be shown and lists them; it goes once they are gone.
 */
test('hostile records from another client: valid cards stay, a notice lists the skipped ones', async ({
  page,
  request,
  baseURL,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Hostile visit', template: 'sample' });
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  const cards = page.getByTestId('touchpoint-card');
  await expect(cards).toHaveCount(11);
  const notice = page.getByTestId('read-problems');
  await expect(notice).toHaveCount(0);

  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL!.replace(/^http/, 'ws')}/ws`, mapId, doc, {
    params: clientSchemaParams(),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  // Journey notices (message type 4) are the app's; a stock provider would log them as unknown.
  provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = () => undefined;
  try {
    await expect.poll(() => provider.synced).toBe(true);
    const before = new Map(COLLECTIONS.map((name) => [name, new Set(collection(doc, name).keys())]));
    // No deep chain of shared types: the server refuses those before they land (see
    // server/hostileRecords.int.test.ts); deep plain values are still among the records.
    // A seat holder written in someone else's name is refused by the server (server/policy): it never lands.
    const hostile = writeHostileRecords(doc, { depth: 0 }).filter(
      (h) => !(h.collection === 'meta' && h.id === 'facilitator'),
    );

    await expect(notice).toContainText(`${hostile.length} records could not be shown`);
    await expect(cards).toHaveCount(11);
    await expect(cards.filter({ hasText: 'Agent call' })).toBeVisible();

    await notice.getByRole('button', { name: /records could not be shown/ }).click();
    const details = page.getByTestId('read-problems-details');
    await expect(details).toBeVisible();
    await expect(details.getByRole('listitem')).toHaveCount(Math.min(20, hostile.length));
    await expect(details).toContainText('touchpoints · tp_string');
    await expect(details).toContainText('not a record but a string');
    await expect(details).toContainText(`and ${hostile.length - 20} more`);
    await page.screenshot({ path: 'test-results/hostile-records.png' });

    // Escape closes the details; the canvas is still there to work with.
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);

    // The hostile writer's records are removed: the notice goes.
    doc.transact(() => {
      for (const [name, keys] of before) {
        for (const key of [...collection(doc, name).keys()])
          if (!keys.has(key)) collection(doc, name).delete(key);
      }
      const meta = metaMap(doc);
      meta.set('schemaVersion', 1);
      meta.set('title', 'Hostile visit');
      meta.delete('facilitator');
      meta.delete('structureLocked');
    });
    await expect(notice).toHaveCount(0);
    await expect(cards).toHaveCount(11);
  } finally {
    provider.destroy();
    doc.destroy();
  }
});
