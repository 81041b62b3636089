import type { Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  clientSchemaParams,
  JOURNEY_NOTICE_MESSAGE,
  noticeParams,
  personIdFromKey,
  personProtocols,
  newPersonKey,
} from '../model';
import { collection, metaMap } from '../model/docLayout';
import { createMapViaApi, expect, storedMap, test } from './fixtures';

/**
 * The server is the authority on facilitation: an editor who writes the doc directly (a stock
 * provider in Node, no UI or command in the way) cannot take a held seat or freeze the map, and a
 * frozen map refuses a participant's drag, in the browser and on the wire.
 */
async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
}

const chip = (page: Page) => page.getByTestId('facilitator-chip');
const card = (page: Page, title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });

/** A stock provider with a person key of its own, counting the server's write-rejected notices. */
function directWriter(baseURL: string, mapId: string) {
  const key = newPersonKey();
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/ws`, mapId, doc, {
    params: { ...clientSchemaParams(), ...noticeParams() },
    protocols: personProtocols(key),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const rejected: string[] = [];
  provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = (_e, decoder) => {
    const notice = JSON.parse(decoding.readVarString(decoder)) as { type: string; rule?: string };
    if (notice.type === 'write-rejected') rejected.push(notice.rule ?? '');
  };
  return { doc, provider, rejected, id: personIdFromKey(key) };
}

async function aliceFacilitates(alice: Page, bob: Page, mapId: string) {
  await open(alice, mapId);
  await alice.getByRole('button', { name: 'Take the facilitator seat' }).click();
  await expect(chip(alice)).toContainText('Facilitator: Alice (you)');
  await open(bob, mapId);
  await expect(chip(bob)).toContainText('Facilitator: Alice');
}

test('an editor writing the doc directly cannot take a held seat or freeze the map', async ({
  twoUsers,
  request,
  baseURL,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Authority', template: 'sample' });
  await aliceFacilitates(alice, bob, mapId);
  // The UI offers Bob neither the seat nor the tools.
  await expect(bob.getByRole('button', { name: /^Facilitate/ })).toHaveCount(0);
  await expect(bob.getByRole('button', { name: 'Take the facilitator seat' })).toHaveCount(0);

  const mallory = directWriter(baseURL!, mapId);
  try {
    await expect.poll(() => mallory.provider.synced).toBe(true);
    metaMap(mallory.doc).set('facilitator', { userId: mallory.id, name: 'Mallory' });
    await expect.poll(() => mallory.rejected).toEqual(['facilitator-only']);
    metaMap(mallory.doc).set('frozen', { by: mallory.id, name: 'Mallory' });
    await expect.poll(() => mallory.rejected).toEqual(['facilitator-only', 'facilitator-only']);
    // Nobody ever saw it, and the writer is back in line.
    for (const page of [alice, bob]) {
      await expect(chip(page)).toContainText('Facilitator: Alice');
      await expect(page.getByTestId('frozen-pill')).toHaveCount(0);
    }
    await expect.poll(() => metaMap(mallory.doc).has('frozen')).toBe(false);
  } finally {
    mallory.provider.destroy();
    mallory.doc.destroy();
  }
});

test('a frozen map refuses a participant’s drag, in the browser and on the server', async ({
  twoUsers,
  request,
  baseURL,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Frozen', template: 'sample' });
  await aliceFacilitates(alice, bob, mapId);
  await alice.getByRole('button', { name: /^Facilitate/ }).click();
  await alice.getByRole('region', { name: 'Facilitator tools' }).getByLabel('Freeze map').check();
  await alice.keyboard.press('Escape');
  await expect(bob.getByTestId('frozen-pill')).toHaveText('Frozen by Alice');
  await expect(alice.getByTestId('frozen-pill')).toHaveText('Frozen by you');

  // Bob drags a card towards another stage with real mouse events: it stays where it was.
  const target = card(bob, 'Streaming stops');
  const storedStage = async () =>
    (await storedMap(request, mapId)).touchpoints.find((t) => t.title === 'Streaming stops')?.stageId;
  const before = await storedStage();
  expect(before).toBeDefined();
  const from = await target.boundingBox();
  const to = await bob.getByTestId('stage-header').filter({ hasText: 'Resolution' }).boundingBox();
  await bob.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await bob.mouse.down();
  await bob.mouse.move(from!.x + 30, from!.y + 10, { steps: 4 });
  await bob.mouse.move(to!.x + to!.width / 2, from!.y + from!.height / 2, { steps: 20 });
  await bob.mouse.up();

  // On the wire too: a direct write of the same move is undone by the server.
  const mallory = directWriter(baseURL!, mapId);
  try {
    await expect.poll(() => mallory.provider.synced).toBe(true);
    const id = [...collection(mallory.doc, 'touchpoints').entries()].find(
      ([, rec]) => String(rec.get('title')) === 'Streaming stops',
    )![0];
    collection(mallory.doc, 'touchpoints').get(id)!.set('order', 'zzzz');
    await expect.poll(() => mallory.rejected).toEqual(['frozen']);
    await expect.poll(() => collection(mallory.doc, 'touchpoints').get(id)!.get('order')).not.toBe('zzzz');
  } finally {
    mallory.provider.destroy();
    mallory.doc.destroy();
  }
  expect(await storedStage()).toBe(before);
  for (const page of [alice, bob]) {
    const column = await page.getByTestId('stage-header').filter({ hasText: 'Notice problem' }).boundingBox();
    const now = await card(page, 'Streaming stops').boundingBox();
    const x = now!.x + now!.width / 2;
    expect(x).toBeGreaterThan(column!.x);
    expect(x).toBeLessThan(column!.x + column!.width);
  }

  // Alice unfreezes: Bob edits again.
  await alice.getByRole('button', { name: /^Facilitate/ }).click();
  await alice.getByRole('region', { name: 'Facilitator tools' }).getByLabel('Freeze map').uncheck();
  await expect(bob.getByTestId('frozen-pill')).toHaveCount(0);
});
