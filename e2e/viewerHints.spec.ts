import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { createMapViaApi, expect, test, withIdentity } from './fixtures';

/**
 * Commenters and viewers cannot change the map, so nothing on their screen tells them how to:
 * no "double-click to add", no "drag from a card's edge", no empty-state invitations to add, no
 * editing keys in the shortcuts, no placeholders prompting them to write. Editors keep all of it.
 */

/** Wording that only makes sense to someone who may edit. */
const EDITING_HINT = /double-click|drag from|add touchpoints|ask “why|\+ why|add the first|to link/i;

async function linkFor(request: APIRequestContext, mapId: string, role: 'commenter' | 'viewer') {
  const res = await request.post(`/api/maps/${mapId}/links`, { data: { role, expiresInHours: null } });
  expect(res.ok()).toBe(true);
  const { link } = (await res.json()) as { link: { token: string } };
  return `/map/${mapId}?token=${encodeURIComponent(link.token)}`;
}

async function openAs(
  browser: Browser,
  baseURL: string | undefined,
  name: string,
  url: string,
): Promise<Page> {
  const context = await withIdentity(await browser.newContext({ baseURL }), name);
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  return page;
}

/** The colour an empty field's placeholder is drawn in (transparent: not drawn). */
const placeholderColour = (page: Page, label: string) =>
  page
    .getByTestId('side-panel')
    .getByLabel(label, { exact: true })
    .evaluate((el) => getComputedStyle(el, '::placeholder').color);

/** Everything a person sees while looking at a card without routes, a pain point, and the shortcuts. */
async function editingHintsSeen(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const collect = async () => seen.push(...(await page.getByText(EDITING_HINT).allInnerTexts()));
  await collect(); // the canvas and the map's panel
  await page.getByTestId('touchpoint-card').filter({ hasText: 'Streaming stops' }).click();
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'touchpoint');
  await collect();
  await page.getByTestId('pain-point').filter({ hasText: 'Status page says all is fine' }).click();
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'note');
  await collect();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  seen.push(...(await sheet.getByText(/Add a touchpoint|Delete the selection|Undo/).allInnerTexts()));
  await sheet.getByRole('button', { name: 'Close' }).click();
  return seen;
}

test('commenters and viewers see no editing hints; editors still do', async ({
  browser,
  baseURL,
  request,
}) => {
  // Three people, each walking through the canvas, two panels and the shortcuts sheet.
  test.slow();
  const mapId = await createMapViaApi(request, { title: 'Read-only hints', template: 'sample' });
  const editor = await openAs(browser, baseURL, 'Edna', `/map/${mapId}`);
  const commenter = await openAs(browser, baseURL, 'Cora', await linkFor(request, mapId, 'commenter'));
  const viewer = await openAs(browser, baseURL, 'Vic', await linkFor(request, mapId, 'viewer'));
  try {
    await expect(commenter.getByTestId('role-badge')).toHaveText('Commenter');
    await expect(viewer.getByTestId('role-badge')).toHaveText('Viewer');

    // The editor is the control: the same walk shows the hints, so the check below can fail.
    expect(await editingHintsSeen(editor)).toEqual(
      expect.arrayContaining([
        'Double-click a cell to add',
        'Or drag from the dot on a card’s right edge and let go anywhere on another card.',
        'Add a touchpoint (type its title straight away)',
      ]),
    );

    for (const page of [commenter, viewer]) {
      // Lanes say what they hold instead of how to add to them.
      await expect(page.getByTestId('lane-touchpoints')).toContainText('Where they meet the company');
      expect(await editingHintsSeen(page)).toEqual([]);
      // The shortcuts they do have are still listed.
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
        'Show these shortcuts',
      );
      await page.keyboard.press('Escape');
      // An empty field prompts nobody to write in it.
      await page.getByTestId('touchpoint-card').filter({ hasText: 'Streaming stops' }).click();
      expect(await placeholderColour(page, 'Description')).toBe('rgba(0, 0, 0, 0)');
    }
    await viewer.screenshot({ path: 'e2e/.screens/viewer-no-hints.png' });
    await editor.getByTestId('touchpoint-card').filter({ hasText: 'Streaming stops' }).click();
    expect(await placeholderColour(editor, 'Description')).not.toBe('rgba(0, 0, 0, 0)');
  } finally {
    await Promise.all([editor, commenter, viewer].map((p) => p.context().close()));
  }
});
