import { bigMapFile } from '../model/testing/bigMapFile';
import { expect, test } from './fixtures';

/**
 * A map past the culling threshold (300 cards over 20 stages): the canvas holds only the cards near
 * the view, and the minimap (one canvas drawn from the layout) takes you to the rest.
 */
test('a 300-card map draws the cards in view, and the minimap takes you to the far end', async ({
  page,
  request,
}) => {
  const res = await request.post('/api/maps/import', { data: bigMapFile(300, 'Big map') });
  expect(res.ok(), `import → ${res.status()}`).toBe(true);
  const body = (await res.json()) as { id?: string; map?: { id?: string } };
  const mapId = body.id ?? body.map?.id ?? '';
  expect(mapId).not.toBe('');
  await page.goto(`/map/${mapId}`);

  const cards = page.getByTestId('touchpoint-card');
  // The first load of 300 cards (a fresh browser: bundle, a cold room, a 100 KB first sync) is timed
  // by bench/canvas (T5), not here: this test is about culling and the minimap.
  await expect(cards.first()).toBeVisible({ timeout: 20_000 });
  const titled = (title: string) => cards.filter({ has: page.getByText(title, { exact: true }) });
  const first = titled('Touchpoint 1');
  await expect(first).toBeVisible();
  // Cards of the last stage (Touchpoint 20, 40, … 300) are far to the right: not in the page at all.
  const lastStage = Array.from({ length: 15 }, (_, i) => 20 * (i + 1)).join('|');
  const last = cards.filter({ has: page.getByText(new RegExp(`^Touchpoint (${lastStage})$`)) });
  await expect(last).toHaveCount(0);
  const drawn = await cards.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(150);
  // A route every fifth card, from one stage to the stage five further on: the routes leaving the
  // view are drawn, though the cards they end at are out of it.
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();

  // Press the minimap near its right end: the view moves there and the last stage's cards appear.
  const minimap = page.getByTestId('minimap');
  const box = (await minimap.boundingBox())!;
  await page.mouse.click(box.x + box.width - 6, box.y + box.height / 2);
  await expect(last.first()).toBeVisible();
  await expect(first).toHaveCount(0);
});
