import type { Browser, Page } from '@playwright/test';
import { createMapViaApi, expect, test, withIdentity } from './fixtures';

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
