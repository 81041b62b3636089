import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, openMapFitted as open, test } from './fixtures';

/**
 * Routes that snap: a route dropped anywhere on a card connects to it (any direction, at Fit zoom),
 * and the "Route to…" picker makes one with the keyboard alone.
 */
const cardByText = (page: Page, title: string) =>
  page.getByTestId('touchpoint-card').filter({ hasText: title });

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The routes in the stored map, as "from title → to title". */
async function storedRoutes(request: APIRequestContext, mapId: string): Promise<string[]> {
  const res = await request.get(`/api/maps/${mapId}/export.json`);
  expect(res.ok()).toBe(true);
  const file = (await res.json()) as {
    map: { touchpoints: { id: string; title: string }[]; connections: { from: string; to: string }[] };
  };
  const title = new Map(file.map.touchpoints.map((t) => [t.id, t.title]));
  return file.map.connections.map((c) => `${title.get(c.from) ?? c.from} → ${title.get(c.to) ?? c.to}`);
}

/** The titles listed under the selected card's "Routes out". */
function routesOut(page: Page) {
  return page.getByRole('list', { name: /Routes out/ }).getByRole('listitem');
}

test('a route released on the middle of a card to the left connects to it, at Fit zoom', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Snap', template: 'sample' });
  await open(page, mapId);
  const zoom = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  // Fit zoom on a 1280×720 window: the handle dot is a few pixels across.
  expect(zoom).toBeLessThan(0.6);
  expect(await storedRoutes(request, mapId)).not.toContain('Chat with bot → IVR menu');

  // Chat with bot → IVR menu: same stage, right to left, with Agent call in between.
  const from = cardByText(page, 'Chat with bot');
  const to = cardByText(page, 'IVR menu');
  await from.hover();
  const handle = page
    .locator('.react-flow__node-touchpoint', { hasText: 'Chat with bot' })
    .locator('.react-flow__handle.source');
  const start = await centre(handle);
  const middle = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 20, start.y + 5, { steps: 4 });
  await page.mouse.move(middle.x, middle.y, { steps: 12 });
  // While the pointer is over it, the card shows it will take the route.
  await expect(to).toHaveAttribute('data-drop', 'valid');
  await expect(cardByText(page, 'Agent call')).not.toHaveAttribute('data-drop', 'valid');
  await page.mouse.up();
  await expect(to).not.toHaveAttribute('data-drop', 'valid');

  // What the user sees: the route in the source card's panel; what is stored: the same route.
  await from.click();
  await expect(routesOut(page).filter({ hasText: 'IVR menu' })).toHaveCount(1);
  await expect.poll(() => storedRoutes(request, mapId)).toContain('Chat with bot → IVR menu');
});

test('"Route to…" makes a route with the keyboard alone', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, { title: 'Route picker', template: 'sample' });
  await open(page, mapId);
  await cardByText(page, 'Status page').click();
  const panel = page.getByTestId('touchpoint-panel');
  const picker = panel.getByRole('combobox', { name: 'Route to…' });
  await picker.focus();

  // Typing filters by title; the card itself and cards already routed to are not offered.
  await page.keyboard.type('a');
  const options = page.getByRole('listbox', { name: 'Route to…' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const offered = await options.allInnerTexts();
  expect(offered.some((t) => t.includes('Agent call'))).toBe(false); // already routed to
  expect(offered.some((t) => t.includes('Status page'))).toBe(false); // itself
  // Each option says which stage it is in.
  await expect(options.filter({ hasText: 'Appointment SMS' })).toContainText('Technician visit');

  // Esc closes the list and keeps the text; typing more narrows it; arrows and Enter pick.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Route to…' })).toBeHidden();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('survey');
  await expect(options).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(routesOut(page).filter({ hasText: 'Survey email' })).toHaveCount(1);
  await expect(picker).toHaveValue('');
  await expect(picker).toBeFocused();
  await expect.poll(() => storedRoutes(request, mapId)).toContain('Status page → Survey email');
});
