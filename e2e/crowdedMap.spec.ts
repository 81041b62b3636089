import type { APIRequestContext, Page } from '@playwright/test';
import { addTouchpoint, readMap } from '../model';
import { buildMapFile } from '../model/export';
import { crowdedMapFile } from '../model/testing/crowdedMapFile';
import { laneOfKind, stageNamed, templateDoc } from '../model/testing/testMaps';
import { expect, test } from './fixtures';

/** Smallest on-screen height of a line of text a person can read at a glance, px. */
const READABLE_PX = 10;

async function importMap(request: APIRequestContext, file: unknown): Promise<string> {
  const res = await request.post('/api/maps/import', { data: file });
  expect(res.ok(), `import → ${res.status()}`).toBe(true);
  const body = (await res.json()) as { id?: string; map?: { id?: string } };
  return body.id ?? body.map?.id ?? '';
}

async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

/**
 * The stage names a person can read on the canvas right now: text on screen, inside the canvas and
 * tall enough to read (a header drawn at a fitted zoom of 0.15 is 2 px tall and does not count).
 */
async function readableStageNames(page: Page): Promise<string[]> {
  const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
  const boxes = await page.getByText(/^Stage \d+$/).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const shown = style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
      return { text: (el as HTMLElement).innerText, x: r.x, y: r.y, width: r.width, height: r.height, shown };
    }),
  );
  const names = boxes
    .filter(
      (b) =>
        b.shown &&
        b.height >= READABLE_PX &&
        b.x >= canvas.x - 1 &&
        b.x + b.width <= canvas.x + canvas.width + 1 &&
        b.y >= canvas.y - 1 &&
        b.y + b.height <= canvas.y + canvas.height + 1,
    )
    .map((b) => b.text);
  return [...new Set(names)].sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
}

const EVERY_STAGE = Array.from({ length: 8 }, (_, i) => `Stage ${i + 1}`);

test.describe('a crowded map (120 cards, 15 a stage) on a laptop screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('Fit shows every stage, its name readable', async ({ page, request }) => {
    const mapId = await importMap(request, crowdedMapFile('Crowded'));
    await open(page, mapId);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(() => readableStageNames(page)).toEqual(EVERY_STAGE);
    // Every stage's cards are on screen too: the first and last card of the map.
    const card = (title: string) =>
      page.getByTestId('touchpoint-card').filter({ has: page.getByText(title, { exact: true }) });
    await expect(card('Card 1')).toBeInViewport();
    await expect(card('Card 120')).toBeInViewport();
    await page.screenshot({ path: 'e2e/.screens/crowded-fit-1280.png' });
  });

  test('the stage names stay readable at the top while the view is panned down the map', async ({
    page,
    request,
  }) => {
    const mapId = await importMap(request, crowdedMapFile('Crowded'));
    await open(page, mapId);
    // Opened at a readable zoom, top left: Stage 1's header is on screen.
    await expect.poll(() => readableStageNames(page)).toContain('Stage 1');
    // Press the minimap near its bottom-left: the view moves down to the last lanes, the headers
    // scroll off the top, and the names stay pinned there.
    const minimap = (await page.getByTestId('minimap').boundingBox())!;
    await page.mouse.click(minimap.x + 12, minimap.y + minimap.height - 4);
    await expect(page.getByTestId('lane-backstage')).toBeInViewport();
    await expect(page.getByTestId('stage-header').first()).not.toBeInViewport();
    await expect.poll(() => readableStageNames(page)).toContain('Stage 1');
    await page.screenshot({ path: 'e2e/.screens/crowded-panned-1280.png' });
  });
});

/** The sample map with two backstage cards and a customer action in "Notice problem", all at -2. */
function sampleWithBackstage(): unknown {
  const doc = templateDoc('sample');
  const map = readMap(doc).map;
  const stageId = stageNamed(map, 'Notice problem').id;
  const backstage = laneOfKind(map, 'backstage').id;
  addTouchpoint(doc, { stageId, laneId: backstage, title: 'Outage ticket', emotion: -2, channel: 'web' });
  addTouchpoint(doc, { stageId, laneId: backstage, title: 'Crew dispatch', emotion: -2, channel: 'web' });
  addTouchpoint(doc, {
    stageId,
    laneId: laneOfKind(map, 'actions').id,
    title: 'Restart router',
    emotion: -2,
  });
  const file = buildMapFile(readMap(doc).map);
  doc.destroy();
  return file;
}

test('backstage and customer-action cards are left out of the emotion curve and the owner count', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const mapId = await importMap(request, sampleWithBackstage());
  await open(page, mapId);
  const card = (title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(14);

  // The curve has a point for each of the sample's 11 touchpoints, none for the 3 new cards.
  const points = page.getByTestId('emotion-point');
  await expect(points).toHaveCount(11);
  // "Crew dispatch" stands in the second place of its column, where no touchpoint is: no point
  // is drawn at its x (a point there would be a vertical spike down to -2).
  const crew = (await card('Crew dispatch').boundingBox())!;
  const crewX = crew.x + crew.width / 2;
  const xs = await points.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return r.x + r.width / 2;
    }),
  );
  expect(xs.filter((x) => Math.abs(x - crewX) < 20)).toEqual([]);
  // The stage's touchpoint "Streaming stops" (-1) is the only point over Notice problem, and the
  // curve never reaches -2 there.
  const stage = (await page.getByTestId('stage-header').filter({ hasText: 'Notice problem' }).boundingBox())!;
  const inStage = await points.evaluateAll(
    (els, [left, right]) =>
      els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.x + r.width / 2 > left! && r.x + r.width / 2 < right!;
        })
        .map((el) => el.getAttribute('data-emotion')),
    [stage.x, stage.x + stage.width],
  );
  expect(inStage).toEqual(['-1']);

  // The new cards have no owner and need none: no flag, and the header still counts one card.
  await expect(card('Crew dispatch')).not.toContainText('No owner');
  await expect(card('Bill credit')).toContainText('No owner');
  await expect(page.getByTestId('unowned-count')).toHaveText(/1 touchpoint has no owner/);
  // The legend says which lanes the curve uses.
  await expect(page.getByTestId('curve-lanes')).toHaveText(
    'The curve goes through the cards in Touchpoints (front stage); Customer actions and Backstage cards are left out.',
  );
});
