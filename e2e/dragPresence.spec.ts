import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * Mid-drag positions travel through awareness only: a peer sees cards move while they are in the
 * air, the document changes once, on drop. Also multi-selection: shift-click picks several cards,
 * which move together and land in one undo step.
 */

async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

const card = (page: Page, title: string): Locator =>
  page.getByTestId('touchpoint-card').filter({ hasText: title });
const node = (page: Page, title: string): Locator =>
  page.locator('.react-flow__node-touchpoint').filter({ has: card(page, title) });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** The stage (and lane kind) each card is in, as the server's document says (the export reads the live room). */
async function placesOnServer(request: APIRequestContext, mapId: string) {
  const res = await request.get(`/api/maps/${mapId}/export.json`);
  const file = (await res.json()) as {
    map: {
      stages: Array<{ id: string; name: string }>;
      lanes: Array<{ id: string; kind: string }>;
      touchpoints: Array<{ title: string; stageId: string; laneId: string }>;
    };
  };
  const stages = new Map(file.map.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(file.map.lanes.map((l) => [l.id, l.kind]));
  return new Map(
    file.map.touchpoints.map((t) => [t.title, { stage: stages.get(t.stageId), lane: lanes.get(t.laneId) }]),
  );
}
const stagesOnServer = async (request: APIRequestContext, mapId: string): Promise<Record<string, string>> =>
  Object.fromEntries([...(await placesOnServer(request, mapId))].map(([t, p]) => [t, p.stage ?? '?']));
const lanesOf = async (request: APIRequestContext, mapId: string, titles: string[]) => {
  const places = await placesOnServer(request, mapId);
  return titles.map((t) => `${places.get(t)?.stage ?? '?'} · ${places.get(t)?.lane ?? '?'}`);
};

test('a peer sees a card move while it is dragged; the document changes only on drop', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Drag presence', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);

  const bobStart = await box(card(bob, 'Streaming stops'));
  const from = await box(card(alice, 'Streaming stops'));
  const target = await box(alice.getByTestId('stage-header').filter({ hasText: 'Contact support' }));
  await alice.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await alice.mouse.down();
  await alice.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
  await alice.mouse.move(target.x + target.width / 2, from.y + from.height / 2, { steps: 20 });

  // Still held: Bob sees the card in the air, far right of where it was, ringed in Alice's colour…
  await expect
    .poll(async () => (await box(card(bob, 'Streaming stops'))).x - bobStart.x)
    .toBeGreaterThan(200);
  await expect(node(bob, 'Streaming stops')).toHaveClass(/is-peer-dragged/);
  await expect(node(bob, 'Streaming stops').getByTestId('peer-ring')).toHaveAttribute('data-names', 'Alice');
  // …while the document still has it in its first stage.
  expect((await stagesOnServer(request, mapId))['Streaming stops']).toBe('Notice problem');

  await alice.mouse.up();
  await expect
    .poll(async () => (await stagesOnServer(request, mapId))['Streaming stops'])
    .toBe('Contact support');
  await expect(node(bob, 'Streaming stops')).not.toHaveClass(/is-peer-dragged/);
  await expect(node(bob, 'Streaming stops').getByTestId('peer-ring')).toHaveCount(0);
  await bob.reload();
  await open(bob, mapId);
  const column = await box(bob.getByTestId('stage-header').filter({ hasText: 'Contact support' }));
  const landed = await box(card(bob, 'Streaming stops'));
  expect(landed.x + landed.width / 2).toBeGreaterThan(column.x);
  expect(landed.x + landed.width / 2).toBeLessThan(column.x + column.width);
});

test('a drop outside any cell snaps the card back for both, and writes nothing', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Snap back', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  const bobStart = await box(card(bob, 'Status page'));
  const from = await box(card(alice, 'Status page'));
  await alice.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await alice.mouse.down();
  // Down into the emotion curve's lane, which holds no cards.
  const curve = await box(alice.getByTestId('lane-emotions'));
  await alice.mouse.move(from.x + from.width / 2, curve.y + curve.height / 2, { steps: 15 });
  await expect.poll(async () => (await box(card(bob, 'Status page'))).y - bobStart.y).toBeGreaterThan(40);
  await alice.mouse.up();
  await expect
    .poll(async () => Math.round((await box(card(bob, 'Status page'))).y))
    .toBe(Math.round(bobStart.y));
  expect((await stagesOnServer(request, mapId))['Status page']).toBe('Self-diagnose');
});

test('shift-click selects several cards; they move together for everyone and undo as one step', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Group drag', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  const titles = ['IVR menu', 'Agent call', 'Chat with bot'];

  await card(alice, titles[0]!).click();
  for (const t of titles.slice(1)) await card(alice, t).click({ modifiers: ['Shift'] });
  await expect(alice.getByTestId('side-panel').getByRole('heading')).toHaveText('3 cards selected');
  for (const t of titles) await expect(card(alice, t)).toHaveClass(/is-selected/);

  const bobStarts = await Promise.all(titles.map((t) => box(card(bob, t))));
  const from = await box(card(alice, 'Agent call'));
  const backstage = await box(alice.getByTestId('lane-backstage'));
  await alice.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await alice.mouse.down();
  await alice.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 20, { steps: 4 });
  await alice.mouse.move(from.x + from.width / 2, backstage.y + backstage.height / 2, { steps: 20 });
  // Bob sees all three in the air, each moved down by the same distance.
  for (const [i, t] of titles.entries())
    await expect.poll(async () => (await box(card(bob, t))).y - bobStarts[i]!.y).toBeGreaterThan(60);
  // Each card in the air wears Alice's ring; her name is on one tag, not on every card.
  for (const t of titles)
    await expect(node(bob, t).getByTestId('peer-ring')).toHaveAttribute('data-names', 'Alice');
  await expect(bob.locator('.peer-ring-tag', { hasText: 'Alice' })).toHaveCount(1);
  const before = titles.map(() => 'Contact support · touchpoints');
  expect(await lanesOf(request, mapId, titles)).toEqual(before);

  await alice.mouse.up();
  await expect
    .poll(() => lanesOf(request, mapId, titles))
    .toEqual(titles.map(() => 'Contact support · backstage'));
  // Still in their left-to-right order, now in the backstage lane, for Bob too.
  const xs = await Promise.all(titles.map(async (t) => (await box(card(bob, t))).x));
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);

  // One undo step takes the whole group back.
  await alice.keyboard.press('Control+z');
  await expect.poll(() => lanesOf(request, mapId, titles)).toEqual(before);
});

test('shift+drag on the pane box-selects cards; Delete removes them all', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, { title: 'Box select', template: 'sample' });
  await open(page, mapId);
  const first = await box(card(page, 'Status page'));
  const last = await box(card(page, 'Chat with bot'));
  await page.keyboard.down('Shift');
  await page.mouse.move(first.x - 12, first.y - 12);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width + 12, last.y + last.height + 12, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByRole('heading')).toHaveText(/^\d+ cards selected$/);
  const selected = Number((await panel.getByRole('heading').innerText()).split(' ')[0]);
  expect(selected).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.tp-card.is-selected')).toHaveCount(selected);
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(11 - selected);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(11);
});
