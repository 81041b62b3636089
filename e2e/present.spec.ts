import type { Browser, Page } from '@playwright/test';
import { createMapViaApi, expect, storedMap, test, withIdentity } from './fixtures';

/**
 * Presentation mode (issue 18): the facilitator presents the map slide by slide; everyone on the map
 * follows, each fitted to their own window; a follower steps out and rejoins; a stakeholder with a
 * viewer link follows too. Presenting edits nothing: the slide travels through presence.
 */

async function openAs(
  browser: Browser,
  baseURL: string | undefined,
  name: string,
  url: string,
  size: { width: number; height: number },
) {
  const context = await withIdentity(await browser.newContext({ baseURL, viewport: size }), name);
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  return page;
}

const header = (page: Page, stage: string) => page.getByTestId('stage-header').filter({ hasText: stage });
const caption = (page: Page) => page.getByTestId('slide-caption');

/**
 * What a screen shows of the slide of stage `stage`: its header in view, a far stage's not, and
 * (`away`) a stage two columns off at most partly (a wide window shows a strip beside the frame).
 */
async function showsStage(page: Page, stage: string, far: string, away?: string) {
  await expect(header(page, stage)).toBeInViewport({ ratio: 0.9 });
  await expect(header(page, far)).not.toBeInViewport();
  if (away) await expect(header(page, away)).not.toBeInViewport({ ratio: 0.5 });
}

test('the facilitator presents; two followers and a viewer follow, one steps out and rejoins', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const mapId = await createMapViaApi(request, { title: 'Outage review', template: 'sample' });
  const res = await request.post(`/api/maps/${mapId}/links`, {
    data: { role: 'viewer', expiresInHours: null },
  });
  expect(res.ok()).toBe(true);
  const { link } = (await res.json()) as { link: { token: string } };

  const url = `/map/${mapId}`;
  const fay = await openAs(browser, baseURL, 'Fay', url, { width: 1280, height: 800 });
  const bob = await openAs(browser, baseURL, 'Bob', url, { width: 1280, height: 720 });
  const cai = await openAs(browser, baseURL, 'Cai', url, { width: 800, height: 600 });
  const vic = await openAs(browser, baseURL, 'Vic', `${url}?token=${encodeURIComponent(link.token)}`, {
    width: 1024,
    height: 700,
  });
  try {
    // Fay presents: the free seat is hers, the presenter view opens on the first stage.
    await fay.getByRole('button', { name: 'Present', exact: true }).click();
    await fay.getByRole('button', { name: '▶ Start presenting' }).click();
    const presenter = fay.getByTestId('presenter-view');
    await expect(presenter).toContainText('Slide 1 of');
    await expect(presenter.getByRole('heading', { name: 'Notice problem' })).toBeVisible();
    await expect(presenter.getByTestId('next-slide')).toContainText('Self-diagnose');
    // The next slide's picture, drawn from the map: it loads, and it changes when she steps.
    const preview = presenter.getByTestId('next-slide-preview');
    await expect(preview).toBeVisible();
    await expect(preview).toHaveAttribute('alt', /Self-diagnose/);
    expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
    const firstPreview = await preview.getAttribute('src');
    await expect(fay.locator('.editor-header')).toBeHidden();

    // Everyone follows, chrome hidden, each on their own window size.
    for (const page of [bob, cai, vic]) {
      await expect(caption(page)).toContainText('Notice problem');
      await expect(page.locator('.editor-header')).toBeHidden();
      await showsStage(page, 'Notice problem', 'Follow-up');
    }

    // The arrows step; everyone's frame moves with the presenter.
    await fay.keyboard.press('ArrowRight');
    await fay.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('heading', { name: 'Contact support' })).toBeVisible();
    await expect(preview).toHaveAttribute('alt', /Technician visit/);
    expect(await preview.getAttribute('src')).not.toBe(firstPreview);
    for (const page of [bob, cai, vic]) {
      await expect(caption(page)).toHaveText(/^3 \/ \d+ · Contact support$/);
      await showsStage(page, 'Contact support', 'Follow-up', 'Notice problem');
    }
    await fay.screenshot({ path: 'e2e/.screens/present-presenter.png' });
    await cai.screenshot({ path: 'e2e/.screens/present-follower-800.png' });
    await bob.screenshot({ path: 'e2e/.screens/present-follower-1280.png' });

    // Cai steps out (Esc), looks elsewhere, and the presenter goes on without them.
    await cai.keyboard.press('Escape');
    await expect(cai.getByRole('button', { name: 'Rejoin presenter' })).toBeVisible();
    await expect(cai.locator('.editor-header')).toBeVisible();
    await fay.keyboard.press('ArrowLeft');
    await expect(caption(bob)).toContainText('Self-diagnose');
    await expect(caption(cai)).toHaveCount(0);
    await showsStage(bob, 'Self-diagnose', 'Follow-up');
    await cai.getByRole('button', { name: 'Rejoin presenter' }).click();
    await expect(caption(cai)).toContainText('Self-diagnose');
    await showsStage(cai, 'Self-diagnose', 'Follow-up');

    // End jumps to the last slide (the opportunities), Home back to the first; Esc ends for all.
    await fay.keyboard.press('End');
    await expect(caption(vic)).toContainText('Opportunities');
    await expect(vic.getByTestId('slide-highlight').first()).toBeVisible();
    await vic.screenshot({ path: 'e2e/.screens/present-viewer-opportunities.png' });
    await expect(presenter.getByTestId('next-slide')).toContainText('End of the presentation');
    await expect(preview).toHaveCount(0);
    await fay.keyboard.press('Home');
    await expect(caption(bob)).toContainText('1 / ');
    await fay.keyboard.press('Escape');
    await expect(fay.getByTestId('presenter-view')).toHaveCount(0);
    for (const page of [fay, bob, cai, vic]) {
      await expect(page.locator('.editor-header')).toBeVisible();
      await expect(caption(page)).toHaveCount(0);
    }
  } finally {
    await Promise.all([fay, bob, cai, vic].map((p) => p.context().close()));
  }
});

test('the deck is map data: hide and add a view, peers see it, it exports; only the seat holder presents; the audience window follows', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const mapId = await createMapViaApi(request, { title: 'Outage review', template: 'sample' });
  const url = `/map/${mapId}`;
  const ann = await openAs(browser, baseURL, 'Ann', url, { width: 1280, height: 800 });
  const ben = await openAs(browser, baseURL, 'Ben', url, { width: 1280, height: 800 });
  try {
    const slides = async (page: Page) => {
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const list = page.getByTestId('slide-list');
      await expect(list).toBeVisible();
      return list;
    };
    await ann.getByRole('button', { name: 'Take the facilitator seat' }).click();
    const annList = await slides(ann);
    await expect(annList.getByTestId('slide-item')).toHaveCount(9);
    await annList.getByRole('button', { name: 'Hide Self-diagnose' }).click();
    await annList.getByRole('button', { name: 'Move Hubs up' }).click();
    await annList.getByRole('button', { name: 'Add this view' }).click();
    await expect(annList).toContainText('9 of 10 shown');
    await expect(annList.getByTestId('slide-item').nth(5)).toContainText('Hubs');

    // Drag Hubs by its grip below Follow-up: a line shows where it lands; the drop moves it there.
    const items = annList.getByTestId('slide-item');
    const grip = await items.nth(5).getByTestId('slide-grip').boundingBox();
    const below = await items.nth(6).boundingBox();
    await ann.mouse.move(grip!.x + grip!.width / 2, grip!.y + grip!.height / 2);
    await ann.mouse.down();
    await ann.mouse.move(grip!.x + grip!.width / 2, below!.y + below!.height * 0.8, { steps: 8 });
    await expect(annList.locator('.slide-item.drop-before')).toHaveCount(1);
    await expect(annList.locator('.slide-item.drop-before')).toContainText('Moments of pain');
    await ann.screenshot({ path: 'e2e/.screens/present-slide-drag.png' });
    await ann.mouse.up();
    await expect(annList.locator('.drop-before, .drop-after')).toHaveCount(0);
    await expect(items.nth(5)).toContainText('Follow-up');
    await expect(items.nth(6)).toContainText('Hubs');
    await ann.screenshot({ path: 'e2e/.screens/present-slide-list.png' });

    // Ben sees the same deck (it is in the map), and cannot present while Ann holds the seat.
    const benList = await slides(ben);
    await expect(benList).toContainText('9 of 10 shown');
    await expect(benList.getByTestId('slide-item').nth(1)).toContainText('hidden');
    await expect(benList.getByTestId('slide-item').nth(6)).toContainText('Hubs');
    await benList.getByRole('button', { name: '▶ Start presenting' }).click();
    await expect(ben.getByRole('alert')).toContainText('Ann holds the facilitator');
    await ben.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    await expect(ben.getByTestId('presenter-view')).toHaveCount(0);
    await ben.keyboard.press('Escape');

    // The export holds the edited deck.
    const stored = await storedMap<{ slides?: Array<{ kind: string; hidden?: boolean }> }>(request, mapId);
    expect(stored.slides?.map((s) => s.kind)).toEqual([
      ...Array<string>(6).fill('stages'),
      'hubs',
      'pain',
      'opportunities',
      'view',
    ]);
    expect(stored.slides?.filter((s) => s.hidden)).toHaveLength(1);

    // Ann starts a timer and presents: everyone sees the countdown large; the hidden slide is
    // skipped; the last slide is the view she added.
    await ann.getByRole('button', { name: /^Facilitate/ }).click();
    const tools = ann.getByRole('region', { name: 'Facilitator tools' });
    await tools.getByLabel('Timer label').fill('Questions');
    await tools.getByRole('button', { name: 'Start a 5 minute timer' }).click();
    await ann.keyboard.press('Escape');
    await (await slides(ann)).getByRole('button', { name: '▶ Start presenting' }).click();
    await expect(ben.getByTestId('present-timer')).toContainText(/Questions\s*0[45]:\d\d/);
    await ben.screenshot({ path: 'e2e/.screens/present-follower-timer.png' });
    await ann.keyboard.press('ArrowRight');
    await expect(caption(ben)).toHaveText(/^2 \/ 9 · Contact support$/);
    await ann.keyboard.press('End');
    await expect(caption(ben)).toHaveText(/^9 \/ 9 · View$/);

    // The audience window: a second tab of Ann's that follows her presenting tab, without notes.
    const [audience] = await Promise.all([
      ann.context().waitForEvent('page'),
      ann.getByRole('button', { name: 'Open audience window' }).click(),
    ]);
    await expect(caption(audience)).toHaveText(/^9 \/ 9 · View$/, { timeout: 20_000 });
    await expect(audience.getByTestId('presenter-view')).toHaveCount(0);
    await expect(audience.locator('.editor-header')).toBeHidden();
    await ann.keyboard.press('Home');
    await expect(caption(audience)).toHaveText(/^1 \/ 9 · Notice problem$/);
    await showsStage(audience, 'Notice problem', 'Follow-up');
  } finally {
    await Promise.all([ann, ben].map((p) => p.context().close()));
  }
});
