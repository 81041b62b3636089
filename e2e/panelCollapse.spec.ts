import type { Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * Room for the map: the side panel folds away (shortcut or its edge button), the canvas takes the
 * width, Fit uses it, selecting a card does not unfold it, and the choice survives a reload.
 */

/** The canvas' zoom as React Flow applies it. */
async function zoom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const m = new DOMMatrixReadOnly(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    );
    return m.a;
  });
}

async function canvasWidth(page: Page): Promise<number> {
  return (await page.getByTestId('map-canvas').boundingBox())?.width ?? 0;
}

test('the side panel folds away on a projector, Fit uses the room, and the choice is remembered', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const mapId = await createMapViaApi(request, { title: 'Projector', template: 'sample' });
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel).toBeVisible();
  const fit = page.getByRole('button', { name: 'Fit', exact: true });
  await fit.click();
  await expect.poll(() => zoom(page)).toBeLessThan(1);
  const openZoom = await zoom(page);
  const openWidth = await canvasWidth(page);
  await page.screenshot({ path: 'e2e/.screens/panel-open-1440.png' });

  // The shortcut folds it: the canvas takes the panel's width, and Fit zooms in to fill it.
  await page.keyboard.press('Control+Backslash');
  await expect(panel).toHaveCount(0);
  await expect.poll(() => canvasWidth(page)).toBeGreaterThan(openWidth + 250);
  await fit.click();
  await expect.poll(() => zoom(page)).toBeGreaterThan(openZoom * 1.2);
  await page.screenshot({ path: 'e2e/.screens/panel-folded-1440.png' });

  // Selecting a card leaves it folded; the button names what it would show.
  await page.getByTestId('touchpoint-card').filter({ hasText: 'Agent call' }).click();
  await expect(panel).toHaveCount(0);
  const show = page.getByRole('button', { name: 'Show touchpoint details' });
  await expect(show).toBeVisible();
  await page.screenshot({ path: 'e2e/.screens/panel-folded-selection-1440.png' });

  // Remembered across a reload.
  await page.reload();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show details' })).toBeVisible();

  // The button unfolds it, and that is remembered too.
  await page.getByRole('button', { name: 'Show details' }).click();
  await expect(panel).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(panel).toBeVisible();

  // The edge button folds it as well; the shortcut also works with focus in a panel field.
  await page.getByRole('button', { name: 'Hide details' }).click();
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('Control+Backslash');
  await expect(panel).toBeVisible();
  await panel.getByLabel('Persona', { exact: true }).focus();
  await page.keyboard.press('Control+Backslash');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show details' })).toBeFocused();
});
