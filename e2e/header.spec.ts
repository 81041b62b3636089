import { createMapViaApi, expect, test } from './fixtures';

/**
 * The editor's header on a laptop and on a wide screen: every control is on screen, none on top of
 * another, and the title keeps its room (at 1280 px it used to shrink to one letter and push
 * Share, the people here and the connection state off the right edge).
 */
for (const width of [1024, 1280, 1440, 1920]) {
  test(`the header fits a ${width} px window`, async ({ page, request }) => {
    const title = 'Home internet: from outage to fixed';
    const mapId = await createMapViaApi(request, { title, template: 'sample' });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/map/${mapId}`);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    const controls = [
      page.getByTestId('editor-map-title'),
      page.getByRole('button', { name: 'Add touchpoint', exact: true }),
      page.getByRole('button', { name: 'Export', exact: true }),
      page.getByTestId('unowned-count'),
      page.getByTestId('share-button'),
      page.getByTestId('connection-status'),
    ];
    const boxes = [];
    for (const control of controls) {
      await expect(control).toBeInViewport({ ratio: 1 });
      boxes.push((await control.boundingBox())!);
    }
    // No two controls overlap.
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `header controls ${i} and ${j} overlap`).toBe(true);
      }
    // The whole title shows (no ellipsis): its text fits the button.
    const titleButton = page.getByTestId('editor-map-title');
    await expect(titleButton).toHaveText(title);
    const clipped = await titleButton.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(clipped).toBe(false);
    // Two rows from 1600 px; below it the insights (issue 19 added the health badge, the overdue pill,
    // Failure demand and Data; issue 21 Save as template and + Future) wrap into a third row under
    // the tools, never over them.
    const header = (await page.locator('.editor-header').boundingBox())!;
    expect(header.height).toBeLessThan(width < 1600 ? 150 : 110);
    if (width === 1280)
      await page.screenshot({
        path: 'e2e/.screens/header-1280.png',
        clip: { x: 0, y: 0, width, height: 140 },
      });
  });
}
