import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * Copy and paste through the real clipboard events: Ctrl+C / Ctrl+V pressed on the keyboard, as a
 * person does, with the browser's own clipboard carrying the cards from one tab and map to another.
 * What counts is what the server stored (GET /api/maps/:id/export.json).
 */
async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await connected(page);
  await expect(page.getByTestId('stage-header').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
}

/** The first sync; on a machine busy with other test runs the socket can take more than 5 s. */
const connected = (page: Page) =>
  expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
const card = (page: Page, title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });
const stage = (page: Page, name: string) => page.getByTestId('stage-header').filter({ hasText: name });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** Clicks the empty right end of a stage × lane cell (no card stands there in these maps). */
async function clickCell(page: Page, stageName: string, laneKind: string) {
  const s = await box(stage(page, stageName));
  const lane = await box(page.getByTestId(`lane-${laneKind}`));
  await page.mouse.click(s.x + s.width - 12, lane.y + lane.height - 10);
  await expect(page.getByTestId('selected-cell')).toBeVisible();
}

interface StoredCard {
  id: string;
  title: string;
  stageId: string;
  laneId: string;
  order: string;
  [field: string]: unknown;
}
interface StoredMap {
  stages: Array<{ id: string; name: string }>;
  lanes: Array<{ id: string; kind: string }>;
  touchpoints: StoredCard[];
  connections: Array<{ from: string; to: string }>;
  notes: Array<{ id: string; kind: string; stageId: string; text: string }>;
}
async function stored(request: APIRequestContext, mapId: string): Promise<StoredMap> {
  const res = await request.get(`/api/maps/${mapId}/export.json`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { map: StoredMap }).map;
}
/** A card as a person knows it: every field but its identity and place. */
const content = ({ id: _id, stageId: _stage, laneId: _lane, order: _order, ...fields }: StoredCard) => fields;

test('Ctrl+C copies three cards and Ctrl+V pastes them into a cell of another map, in another tab, with every field and their routes', async ({
  page,
  context,
  request,
}) => {
  // Two maps in two tabs: slower than most specs on a busy machine.
  test.slow();
  const from = await createMapViaApi(request, { title: 'Source', template: 'sample' });
  const to = await createMapViaApi(request, { title: 'Target', template: 'blank' });
  await open(page, from);
  // One card with a description and an emotion taken from its CSAT, so every kind of field travels.
  await card(page, 'Agent call').click();
  await page.getByLabel('Description').fill('Second line, after the IVR');
  await page.getByLabel('Emotion from').selectOption({ label: 'CSAT' });
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect
    .poll(async () => (await stored(request, from)).touchpoints.find((t) => t.title === 'Agent call'))
    .toMatchObject({ description: 'Second line, after the IVR', emotionSource: 'csat', voc: { csat: 4.2 } });

  await card(page, 'IVR menu').click();
  await card(page, 'Agent call').click({ modifiers: ['Shift'] });
  await card(page, 'Chat with bot').click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 cards selected')).toBeVisible();
  await page.keyboard.press('Control+c');
  await expect(page.getByText(/^Copied 3 cards/)).toBeVisible();

  const other = await context.newPage();
  await open(other, to);
  await expect(other.getByTestId('touchpoint-card')).toHaveCount(0);
  await clickCell(other, 'Buy', 'touchpoints');
  await other.keyboard.press('Control+v');
  await expect(other.getByTestId('touchpoint-card')).toHaveCount(3);
  await expect(other.locator('.tp-card.is-selected')).toHaveCount(3);
  await other.screenshot({ path: 'e2e/.screens/clipboard-pasted.png' });

  const copied = ['IVR menu', 'Agent call', 'Chat with bot'];
  const originals = (await stored(request, from)).touchpoints.filter((t) => copied.includes(t.title));
  await expect.poll(async () => (await stored(request, to)).touchpoints.length).toBe(3);
  const target = await stored(request, to);
  const buy = target.stages.find((s) => s.name === 'Buy')!.id;
  const touchpointsLane = target.lanes.find((l) => l.kind === 'touchpoints')!.id;
  expect(target.touchpoints.map((t) => t.title)).toEqual(copied);
  expect(target.touchpoints.map(content)).toEqual(originals.map(content));
  for (const t of target.touchpoints) {
    expect(t).toMatchObject({ stageId: buy, laneId: touchpointsLane });
    expect(originals.map((s) => s.id)).not.toContain(t.id);
  }
  const idOf = (title: string) => target.touchpoints.find((t) => t.title === title)!.id;
  expect(target.connections.map((c) => `${c.from} → ${c.to}`).sort()).toEqual(
    [
      `${idOf('IVR menu')} → ${idOf('Agent call')}`,
      `${idOf('Chat with bot')} → ${idOf('Agent call')}`,
    ].sort(),
  );
  // The source map is as it was.
  expect((await stored(request, from)).touchpoints).toHaveLength(11);
});

test('ten lines of text pasted onto a selected cell make ten cards, one undo step; lines in a note lane make notes', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const mapId = await createMapViaApi(request, { title: 'Lines', template: 'blank' });
  await open(page, mapId);
  const lines = Array.from({ length: 10 }, (_, i) => `Step ${i + 1}`);
  // Text copied from somewhere else: a document's list, with an empty line and a bullet.
  await page.evaluate(
    (text) => navigator.clipboard.writeText(text),
    `${lines.slice(0, 5).join('\n')}\n\n• ${lines.slice(5).join('\n')}\n`,
  );

  await clickCell(page, 'Consider', 'touchpoints');
  await page.screenshot({ path: 'e2e/.screens/clipboard-cell-selected.png' });
  await expect(page.getByTestId('cell-panel')).toContainText('Consider · Touchpoints');
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(10);
  await page.screenshot({ path: 'e2e/.screens/clipboard-lines-pasted.png' });
  await expect
    .poll(async () => {
      const map = await stored(request, mapId);
      const consider = map.stages.find((s) => s.name === 'Consider')?.id;
      return map.touchpoints.filter((t) => t.stageId === consider).map((t) => t.title);
    })
    .toEqual(lines);

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(0);

  await page.evaluate(() => navigator.clipboard.writeText('Long hold\nNo callback'));
  await clickCell(page, 'Use', 'painPoints');
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('pain-point')).toHaveCount(2);
  await expect
    .poll(async () => (await stored(request, mapId)).notes.map((n) => [n.kind, n.text]))
    .toEqual([
      ['painPoint', 'Long hold'],
      ['painPoint', 'No callback'],
    ]);
});

test('a commenter may copy a card but not paste: the paste is refused with the read-only message', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Read only', template: 'sample' });
  const res = await request.post(`/api/maps/${mapId}/links`, {
    data: { role: 'commenter', expiresInHours: null },
  });
  const { link } = (await res.json()) as { link: { token: string } };
  await page.goto(`/map/${mapId}?token=${encodeURIComponent(link.token)}`);
  await connected(page);
  await card(page, 'Agent call').click();
  await page.keyboard.press('Control+c');
  await expect(page.getByText('Copied 1 card', { exact: false })).toBeVisible();
  await page.keyboard.press('Control+v');
  await expect(
    page.getByRole('alert').filter({ hasText: 'You can comment but not change this map' }),
  ).toBeVisible();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(11);
  expect((await stored(request, mapId)).touchpoints).toHaveLength(11);
});
