import type { Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/** Opens a map and fits all of it on screen (maps open at a readable zoom, wider than the window). */
async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
  await expect(page.getByTestId('stage-header').first()).toBeInViewport({ ratio: 0.95 });
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** Drags with real mouse events in small steps, as a person would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 5, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

function stageNames(page: Page) {
  return page.getByTestId('stage-header').locator('.stage-name').allInnerTexts();
}

test('dragging a card to another stage moves it there for everyone, in one step', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Drag test', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);

  // Count the document updates Alice's tab sends (y-websocket: byte 0 = sync, byte 1 = 2 = update).
  // Only the map's socket: the comments room (/ws/<id>/comments) has its own doc.
  const updatesSent: number[] = [];
  alice.on('websocket', (ws) =>
    ws.url().includes('/comments')
      ? undefined
      : ws.on('framesent', ({ payload }) => {
          if (typeof payload !== 'string' && payload[0] === 0 && payload[1] === 2)
            updatesSent.push(Date.now());
        }),
  );
  await alice.reload();
  await open(alice, mapId);

  const card = alice.getByTestId('touchpoint-card').filter({ hasText: 'Streaming stops' });
  const resolution = alice.getByTestId('stage-header').filter({ hasText: 'Resolution' });
  const from = await centre(card);
  const to = await centre(resolution);
  await alice.mouse.move(from.x, from.y);
  await alice.mouse.down();
  await alice.mouse.move(from.x + 20, from.y + 5, { steps: 4 });
  await alice.mouse.move(to.box.x + to.box.width - 30, from.y, { steps: 30 });
  // While the card is in the air nothing reaches the document: it is local until the drop.
  expect(updatesSent).toHaveLength(0);
  await alice.mouse.up();
  await expect.poll(() => updatesSent.length).toBe(1);

  // Bob sees the card inside the Resolution column.
  const bobCard = bob.getByTestId('touchpoint-card').filter({ hasText: 'Streaming stops' });
  const bobColumn = (await centre(bob.getByTestId('stage-header').filter({ hasText: 'Resolution' }))).box;
  await expect
    .poll(async () => {
      const c = await centre(bobCard);
      return c.x > bobColumn.x && c.x < bobColumn.x + bobColumn.width;
    })
    .toBe(true);

  // One undo puts it back: the drag was one command.
  await alice.keyboard.press('Control+z');
  const notice = (await centre(bob.getByTestId('stage-header').filter({ hasText: 'Notice problem' }))).box;
  await expect
    .poll(async () => {
      const c = await centre(bobCard);
      return c.x > notice.x && c.x < notice.x + notice.width;
    })
    .toBe(true);
});

test('double-click adds a card or a note in that cell; Delete removes the selection', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Cells', template: 'sample' });
  await open(page, mapId);
  const cards = page.getByTestId('touchpoint-card');
  await expect(cards).toHaveCount(11);

  const firstStage = (await centre(page.getByTestId('stage-header').first())).box;
  const backstage = (await centre(page.getByTestId('lane-backstage'))).box;
  await page.mouse.dblclick(firstStage.x + 40, backstage.y + backstage.height / 2);
  await expect(cards).toHaveCount(12);
  // A backstage card is not a front-stage touchpoint: the curve keeps its 11 points.
  await expect(page.getByTestId('emotion-point')).toHaveCount(11);
  // The new card opens with its title being typed; Escape leaves it, selected, and Delete removes it.
  await expect(page.getByRole('textbox', { name: 'Touchpoint title' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await expect(cards).toHaveCount(11);

  const pains = page.getByTestId('pain-point');
  await expect(pains).toHaveCount(2);
  const painLane = (await centre(page.getByTestId('lane-painPoints'))).box;
  await page.mouse.dblclick(firstStage.x + 40, painLane.y + painLane.height / 2);
  await expect(pains).toHaveCount(3);
});

test('stages reorder by dragging their header grip', async ({ twoUsers, request }) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Reorder', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  const grip = alice.getByTestId('stage-header').first().locator('.stage-grip');
  const g = await centre(grip);
  const third = await centre(alice.getByTestId('stage-header').nth(2));
  await drag(alice, g, { x: third.x, y: g.y });
  await expect
    .poll(() => stageNames(bob))
    .toEqual([
      'Self-diagnose',
      'Contact support',
      'Notice problem',
      'Technician visit',
      'Resolution',
      'Follow-up',
    ]);
});

test("dragging from a card's right-hand handle to another card draws a route, for everyone", async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Routes by hand', template: 'sample' });
  await open(alice, mapId);
  await open(bob, mapId);
  const edges = (page: Page) => page.locator('.react-flow__edge');
  await expect(edges(alice)).toHaveCount(5);
  // Streaming stops (first stage) → Status page (second stage): no route between them yet.
  const from = alice.locator('.react-flow__node-touchpoint', { hasText: 'Streaming stops' });
  const to = alice.locator('.react-flow__node-touchpoint', { hasText: 'Status page' });
  await from.hover();
  const source = await centre(from.locator('.react-flow__handle.source'));
  const target = await centre(to.locator('.react-flow__handle.target'));
  // The handles sit on the card's left and right edges, half outside, centred vertically.
  const card = (await from.boundingBox())!;
  expect(Math.abs(source.x - (card.x + card.width))).toBeLessThan(3);
  expect(Math.abs(source.y - (card.y + card.height / 2))).toBeLessThan(3);
  await drag(alice, source, target);
  await expect(edges(alice)).toHaveCount(6);
  await expect(edges(bob)).toHaveCount(6);
});
