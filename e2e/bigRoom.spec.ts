import type { Page } from '@playwright/test';
import { connectCrowd, type CrowdPeer } from './crowdPeers';
import { createMapViaApi, expect, openMapFitted, test, withIdentity } from './fixtures';

/**
 * A workshop-sized room: 80 simulated people (Node clients over the real socket) on a map. The
 * avatar stack turns into a count with a searchable list, following works from it, and only the
 * cursors on this person's screen are in the DOM.
 */

/** The flow rectangle the page's canvas shows. */
async function viewBox(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const m = new DOMMatrixReadOnly(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    );
    return { x: -m.e / m.a, y: -m.f / m.a, width: pane.width / m.a, height: pane.height / m.a };
  });
}

const GUESTS = Array.from({ length: 79 }, (_, i) => `Guest ${String(i + 1).padStart(2, '0')}`);
const ON_SCREEN = 10;

test.describe('a room of 80 people', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  let crowd: CrowdPeer[] = [];
  test.afterEach(() => {
    for (const p of crowd) p.close();
    crowd = [];
  });

  test('shows a count, finds and follows a person by name, draws only on-screen cursors', async ({
    browser,
    baseURL,
    request,
  }, testInfo) => {
    const mapId = await createMapViaApi(request, { title: 'All-hands' });
    const context = await withIdentity(await browser.newContext(), 'Host');
    const page = await context.newPage();
    await openMapFitted(page, mapId);
    const box = await viewBox(page);

    crowd = await connectCrowd(baseURL!, mapId, [...GUESTS, 'Zelda Quinn']);
    // Ten guests point inside this person's view, everyone else far to the right of the map.
    crowd.forEach((p, i) => {
      const inside = i < ON_SCREEN;
      const cursor = inside
        ? { x: box.x + box.width * (0.1 + 0.08 * i), y: box.y + box.height * 0.5 }
        : { x: box.x + box.width * 3 + i * 10, y: box.y + i };
      const view =
        p.name === 'Zelda Quinn'
          ? { x: box.x + box.width * 2, y: box.y, width: box.width / 2, height: box.height / 2 }
          : undefined;
      p.point(cursor, view);
    });

    const count = page.getByTestId('people-count');
    await expect(count).toHaveText('81 people');
    await expect(page.getByTestId('peer-cursor')).toHaveCount(ON_SCREEN);
    const shownNames = await page
      .getByTestId('peer-cursor')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(shownNames.sort()).toEqual(GUESTS.slice(0, ON_SCREEN));
    // No avatar per person: the stack is this person and the count.
    await expect(page.getByTestId('avatar-stack').locator('.avatar')).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath('big-room.png') });

    // Type part of a name: the list narrows; Enter follows.
    await count.click();
    const search = page.getByTestId('people-search');
    await expect(search).toBeFocused();
    await expect(page.getByTestId('people-option')).toHaveCount(80);
    await search.fill('zel qu');
    await expect(page.getByTestId('people-option')).toHaveText(['Zelda Quinn']);
    await page.screenshot({ path: testInfo.outputPath('big-room-search.png') });
    await search.press('Enter');
    await expect(page.getByTestId('people-list')).toBeHidden();
    await expect(page.getByTestId('follow-banner')).toContainText('Following Zelda Quinn');
    // The person followed keeps an avatar beside the count.
    await expect(page.getByRole('button', { name: 'Zelda Quinn' })).toBeVisible();
    // This view moved to Zelda's, where no guest points: their cursors left the DOM.
    await expect(page.getByTestId('peer-cursor')).toHaveCount(0);

    // Arrow keys move through the matches; Escape closes without following anyone else.
    await count.click();
    await search.fill('guest 0');
    await expect(page.getByTestId('people-option')).toHaveCount(9);
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await expect(page.getByTestId('people-list').getByRole('option', { selected: true })).toHaveText(
      'Guest 03',
    );
    await search.press('Escape');
    await expect(page.getByTestId('people-list')).toBeHidden();
    await expect(page.getByTestId('follow-banner')).toContainText('Following Zelda Quinn');
    await count.click();
    await search.fill('guest 0');
    await search.press('ArrowDown');
    await page.getByTestId('people-option').filter({ hasText: 'Guest 05' }).click();
    await expect(page.getByTestId('follow-banner')).toContainText('Following Guest 05');
    await context.close();
  });
});
