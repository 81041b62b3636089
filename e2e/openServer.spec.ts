import { createMapViaApi, expect, openMapConnected, test, withIdentity } from './fixtures';

/**
 * The e2e server runs in open mode (the default): the UI must say that anyone who reaches it can
 * edit every map, and that role links restrict only their holders.
 */
test('an open server says so on the maps page and in the editor, until dismissed for the tab', async ({
  browser,
  baseURL,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Open notice', template: 'sample' });
  // A context without the fixtures' dismissed notice (a first visit), with a name already picked.
  const context = await browser.newContext({ baseURL });
  await context.addInitScript(() =>
    localStorage.setItem('journey.identity', JSON.stringify({ id: 'u_e2e_open', name: 'Open Visitor' })),
  );
  try {
    const page = await context.newPage();
    await page.goto('/');
    const banner = page.getByTestId('open-server-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('anyone who can reach it can edit every map');

    await page.goto(`/map/${mapId}`);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
      timeout: 20_000,
    });
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();

    // Dismissed for this tab: a reload and the maps page stay quiet.
    await page.reload();
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
      timeout: 20_000,
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Journey maps' })).toBeVisible();
    await expect(banner).toBeHidden();

    // A new tab (its own sessionStorage) says it again.
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByTestId('open-server-banner')).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the Share dialog explains that role links restrict only the people who use them', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Share note', template: 'sample' });
  await openMapConnected(page, mapId);
  // The fixtures start with the notice dismissed: the header is not pushed down by it.
  await expect(page.getByTestId('open-server-banner')).toBeHidden();
  await page.getByTestId('share-button').click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  const note = dialog.getByTestId('share-open-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('limits only the people who open it');
  await expect(note).toContainText('JOURNEY_ACCESS=locked');
});

test('pages load and run under the Content-Security-Policy without a violation', async ({
  browser,
  baseURL,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'CSP', template: 'sample' });
  const context = await withIdentity(await browser.newContext({ baseURL }), 'Csp Check');
  try {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(msg.text());
    });
    const response = await page.goto(`/map/${mapId}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByTestId('touchpoint-card').first()).toBeVisible({ timeout: 20_000 });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Journey maps' })).toBeVisible();
    expect(violations).toEqual([]);
  } finally {
    await context.close();
  }
});
