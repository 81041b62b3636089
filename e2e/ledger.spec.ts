import type { Page } from '@playwright/test';
import { metricPointId } from '../model';
import { cardTitled, createMapViaApi, expect, openMapFitted, test } from './fixtures';

/** Opens a route into Agent call from its panel, sets its volume and demand, and goes back to the hub. */
async function tagRoute(page: Page, from: string, volume: string, demand: 'Value' | 'Failure') {
  const tpPanel = page.getByTestId('touchpoint-panel');
  await tpPanel.getByRole('button', { name: `Route details from ${from}` }).click();
  const conn = page.getByTestId('connection-panel');
  await conn.getByLabel('Volume per month').fill(volume);
  await conn.getByLabel('Volume per month').press('Enter');
  await conn.getByRole('group', { name: 'Demand' }).getByRole('button', { name: demand }).click();
  await expect(
    conn.getByRole('group', { name: 'Demand' }).getByRole('button', { name: demand }),
  ).toHaveAttribute('aria-pressed', 'true');
  await conn.getByRole('button', { name: 'Agent call' }).click();
  await expect(tpPanel).toBeVisible();
}

/**
 * The failure-demand ledger on the sample map: a facilitator tags the routes into "Agent call",
 * sees the hub's figures and the ranked upstream cause, creates an action from it in the report,
 * and a second person sees the new pain point and the hub card's figures live.
 */
test('tagging routes into a hub ranks the upstream cause and creates an action from it', async ({
  twoUsers: { alice, bob },
  request,
}) => {
  // Two browsers and some twenty edits on a machine shared with other runs.
  test.setTimeout(180_000);
  await alice.setViewportSize({ width: 1600, height: 1000 });
  await bob.setViewportSize({ width: 1600, height: 1000 });
  const mapId = await createMapViaApi(request, { title: 'Ledger', template: 'sample' });
  await Promise.all([openMapFitted(alice, mapId), openMapFitted(bob, mapId)]);

  // Before any route is tagged, the report says what to do.
  await alice.getByTestId('ledger-button').click();
  const report = alice.getByTestId('ledger-report');
  await expect(report.getByTestId('ledger-empty')).toContainText(
    'as value or failure demand, with their volume per month, to see avoidable contacts',
  );
  await alice.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await cardTitled(alice, 'Agent call').click();
  const hubLedger = alice.getByTestId('hub-ledger');
  await tagRoute(alice, 'Status page', '1200', 'Failure');
  await tagRoute(alice, 'Chat with bot', '300', 'Failure');
  await expect(hubLedger.getByTestId('hub-untagged')).toHaveText(
    '1 route not tagged: tag them under “Routes in”.',
  );
  // The third route is tagged inline, in the hub's routes list; its volume in the route's panel.
  await alice
    .getByRole('group', { name: 'Demand from IVR menu' })
    .getByRole('button', { name: 'Value' })
    .click();
  await tagRoute(alice, 'IVR menu', '800', 'Value');
  await expect(hubLedger.getByTestId('hub-untagged')).toHaveCount(0);

  // The hub's panel: 2,300 contacts a month, 1,500 of them failure demand; Status page first.
  await expect(hubLedger.getByTestId('ledger-contacts')).toHaveText('2,300/mo');
  await expect(hubLedger.getByTestId('ledger-share')).toHaveText('65%');
  await expect(hubLedger.getByTestId('ledger-cause').first()).toContainText('Status page');
  await expect(cardTitled(alice, 'Agent call').getByTestId('hub-figures')).toHaveText(
    '2,300/mo · 65% failure',
  );
  // Failure routes are drawn apart on the canvas.
  await expect(alice.locator('.conn-edge.is-failure')).toHaveCount(2);
  await hubLedger.screenshot({ path: 'e2e/.screens/ledger-hub-panel.png' });

  // A map default cost per contact turns contacts into money.
  // (Esc on the canvas clears the selection: the panel shows the map's overview.)
  await cardTitled(alice, 'Survey email').click();
  await alice.keyboard.press('Escape');
  const settings = alice.getByTestId('map-settings');
  await settings.getByLabel('Cost per contact').fill('6.5');
  await settings.getByLabel('Cost per contact').press('Enter');

  // The report (Shift+F on the canvas): the total, the hubs and the causes ranked.
  await cardTitled(alice, 'Survey email').click();
  await alice.keyboard.press('Escape');
  await alice.keyboard.press('Shift+F');
  await expect(report).toBeVisible();
  await expect(report.getByTestId('ledger-total').getByTestId('ledger-contacts')).toHaveText('2,300/mo');
  await expect(report.getByTestId('ledger-total').getByTestId('ledger-failure-cost')).toHaveText('€9,750/mo');
  const causes = report.getByTestId('ledger-cause');
  await expect(causes.first()).toContainText('Status page');
  await expect(causes.first().getByTestId('cause-figures')).toHaveText('1,200/mo avoidable · €7,800/mo');
  await expect(causes.first()).toContainText('Lands in Agent call');
  await expect(causes.first()).toContainText('No action yet');
  await alice.getByRole('dialog').screenshot({ path: 'e2e/.screens/ledger-report.png' });

  // Create action: a pain point on Status page that says what it costs, holding the action, selected.
  await causes.first().getByRole('button', { name: 'Create action on Status page' }).click();
  await expect(report).toHaveCount(0);
  const notePanel = alice.getByTestId('note-panel');
  await expect(notePanel).toBeVisible();
  const text = 'Causes 1,200 avoidable contacts a month into Agent call';
  await expect(alice.getByTestId('pain-point').filter({ hasText: text })).toBeVisible();
  await alice.getByTestId('ledger-button').click();
  await expect(causes.first().getByTestId('cause-actions')).toContainText(
    'Remove failure demand from “Status page”',
  );
  await expect(causes.first()).toContainText(text);
  await alice.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // The second person sees the new pain point, the action in the report and the hub card's figures.
  await expect(bob.getByTestId('pain-point').filter({ hasText: text })).toBeVisible();
  await expect(cardTitled(bob, 'Agent call').getByTestId('hub-figures')).toHaveText('2,300/mo · 65% failure');
  await bob.getByTestId('ledger-button').click();
  await expect(bob.getByTestId('ledger-cause').first().getByTestId('cause-actions')).toContainText(
    'Remove failure demand from “Status page”',
  );
  await bob.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await bob.getByRole('button', { name: 'Fit', exact: true }).click();
  await bob.waitForTimeout(300);
  await bob.screenshot({ path: 'e2e/.screens/ledger-cards.png' });
  // Closer: the hub card's figures and the red, dashed failure routes (Ctrl+wheel zooms at the pointer).
  const box = await cardTitled(bob, 'Agent call').boundingBox();
  if (box) {
    await bob.mouse.move(box.x + box.width / 2, box.y + box.height);
    await bob.keyboard.down('Control');
    for (let i = 0; i < 2; i++) await bob.mouse.wheel(0, -300);
    await bob.keyboard.up('Control');
    await bob.waitForTimeout(400);
    await bob.screenshot({ path: 'e2e/.screens/ledger-cards-zoomed.png' });
  }
});

/** A calendar day `days` before today (UTC), as metric points are dated. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Live VoC on cards: a map whose file carries metric points shows each card's latest value, trend
 * and age, marks old data stale (card and curve), and lists the points in the panel, where a wrong
 * one can be deleted.
 */
test('cards show the latest VoC value, trend and age, and stale data is marked', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const sampleId = await createMapViaApi(request, { title: 'VoC source', template: 'sample' });
  const file = (await (await request.get(`/api/maps/${sampleId}/export.json`)).json()) as {
    map: {
      info: { title: string };
      touchpoints: Array<{ id: string; title: string; emotionSource?: string }>;
    };
  } & Record<string, unknown>;
  const idOf = (title: string) => file.map.touchpoints.find((t) => t.title === title)!.id;
  const point = (title: string, kind: 'csat' | 'nps', value: number, days: number, extra = {}) => {
    const p = { touchpointId: idOf(title), kind, value, date: daysAgo(days), ...extra };
    return { id: metricPointId(p), ...p };
  };
  file.map.info.title = 'Live VoC';
  Object.assign(file.map, {
    metrics: [
      point('Status page', 'csat', 3.6, 40, { source: 'Medallia' }),
      point('Status page', 'csat', 4.2, 3, { sample: 310, source: 'Medallia' }),
      point('Router app restart', 'nps', -30, 200),
    ],
  });
  // Router app restart's emotion follows its (old) NPS: its point on the curve is stale.
  for (const t of file.map.touchpoints) if (t.title === 'Router app restart') t.emotionSource = 'nps';
  const res = await request.post('/api/maps/import', { data: file });
  expect(res.ok(), `import → ${res.status()}`).toBe(true);
  const body = (await res.json()) as { id?: string; map?: { id?: string } };
  const mapId = body.id ?? body.map?.id ?? '';
  await openMapFitted(page, mapId);

  const fresh = cardTitled(page, 'Status page').getByTestId('card-voc');
  await expect(fresh).toHaveText('CSAT 4.2↑3 d');
  await expect(fresh).toHaveAttribute('data-stale', 'false');
  await expect(fresh).toHaveAttribute('title', /^CSAT 4\.2 from 310 answers, Medallia, .* — 3 days ago$/);
  const stale = cardTitled(page, 'Router app restart').getByTestId('card-voc');
  await expect(stale).toHaveAttribute('data-stale', 'true');
  await expect(stale).toContainText('stale');
  await expect(stale).toHaveAttribute('title', /\(stale: older than 90 days\)$/);
  const routerPoint = page.locator(
    `[data-testid=emotion-point][data-touchpoint-id="${idOf('Router app restart')}"]`,
  );
  await expect(routerPoint).toHaveAttribute('data-stale', 'true');
  await expect(routerPoint.locator('title')).toHaveText(/stale, older than 90 days$/);

  const box = await cardTitled(page, 'Status page').boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width, box.y + box.height / 2);
    await page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'e2e/.screens/voc-cards-zoomed.png' });
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
  }

  // The panel lists the points, newest first; deleting the newest moves the card to the older one.
  await cardTitled(page, 'Status page').click();
  const series = page.getByTestId('touchpoint-panel').getByTestId('metric-series');
  await expect(series.getByTestId('metric-point')).toHaveCount(2);
  await expect(series.getByTestId('metric-point').first()).toContainText('4.2');
  await expect(series.getByTestId('metric-point').first()).toContainText('n=310');
  await page.screenshot({ path: 'e2e/.screens/voc-cards.png' });
  await series.getByRole('button', { name: /^Delete CSAT 4\.2 of / }).click();
  await expect(series.getByTestId('metric-point')).toHaveCount(1);
  await expect(fresh).toHaveText(/^CSAT 3\.6→/);

  // A shorter threshold makes the remaining 40-day-old point stale.
  await page.keyboard.press('Escape');
  await cardTitled(page, 'Survey email').click();
  await page.keyboard.press('Escape');
  const settings = page.getByTestId('map-settings');
  await settings.getByLabel('Data is stale after (days)').fill('30');
  await settings.getByLabel('Data is stale after (days)').press('Enter');
  await expect(fresh).toHaveAttribute('data-stale', 'true');
});
