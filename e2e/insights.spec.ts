import { createMapViaApi, expect, test } from './fixtures';

/**
 * The insight layer on the sample map: the hubs panel and the hub view (routes into a hub forward,
 * the rest dimmed), emotion derived from CSAT on the card and the curve, and the unowned count.
 */
test('the hub view, emotion from data and ownership on the sample map', async ({ page, request }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const mapId = await createMapViaApi(request, { title: 'Insights', template: 'sample' });
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  const card = (title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });

  // The hubs panel lists the three hubs with what routes into them.
  await page.getByRole('button', { name: 'Hubs', exact: true }).click();
  const panel = page.getByTestId('hubs-panel');
  await expect(panel).toBeVisible();
  const rows = panel.getByTestId('hub-row');
  await expect(rows).toHaveCount(3);
  // A row is found by its title button (a hub's name also appears in other hubs' routes).
  const row = (title: string) => rows.filter({ has: page.getByRole('button', { name: title }) });
  const agentRow = row('Agent call');
  await expect(row('IVR menu')).toBeVisible();
  await expect(row('Chat with bot').getByTestId('hub-routes')).toContainText('Router app restart');
  const agentRoutes = agentRow.getByTestId('hub-routes');
  for (const title of ['Status page', 'IVR menu', 'Chat with bot'])
    await expect(agentRoutes).toContainText(title);
  await expect(agentRow.getByTestId('hub-stages')).toContainText('Self-diagnose');
  await expect(agentRow.getByTestId('hub-voc')).toContainText('CSAT 4.2');

  // Selecting Agent call brings its routes forward and dims the rest.
  await agentRow.getByRole('button', { name: /Agent call/ }).click();
  for (const title of ['Status page', 'IVR menu', 'Chat with bot']) {
    await expect(card(title)).toHaveAttribute('data-highlight', 'route');
  }
  await expect(card('Survey email')).toHaveAttribute('data-dimmed', 'true');
  await expect(card('Agent call')).not.toHaveAttribute('data-dimmed', 'true');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/.screens/hub-view.png' });
  await panel.getByRole('button', { name: 'Close hubs' }).click();

  // CSAT 1 with "Emotion from: CSAT" makes Survey email's emotion -2, measured, on card and curve.
  const survey = card('Survey email');
  const surveyId = (await survey.getAttribute('data-touchpoint-id')) ?? '';
  expect(surveyId).not.toBe('');
  await survey.click();
  const details = page.getByTestId('touchpoint-panel');
  await details.getByLabel('CSAT', { exact: true }).fill('1');
  await details.getByLabel('CSAT', { exact: true }).press('Enter');
  await details.getByLabel('Emotion from').selectOption('csat');
  await expect(survey).toHaveAttribute('data-emotion', '-2');
  await expect(survey.getByTestId('tp-emotion')).toHaveAttribute('data-measured', 'true');
  const point = page.locator(`[data-testid=emotion-point][data-touchpoint-id="${surveyId}"]`);
  await expect(point).toHaveAttribute('data-emotion', '-2');
  await expect(point).toHaveAttribute('data-measured', 'true');
  await expect(page.getByTestId('emotion-curve')).toHaveAttribute(
    'data-points',
    '-1,-1,-2,-2,1,-1,0,1,2,-2,1',
  );

  // Clearing an owner raises the unowned count.
  const unowned = page.getByTestId('unowned-count');
  await expect(unowned).toHaveText(/1 touchpoint has no owner/);
  await details.getByLabel('Owner', { exact: true }).fill('');
  await details.getByLabel('Owner', { exact: true }).press('Enter');
  await expect(unowned).toHaveText(/2 touchpoints have no owner/);
  await expect(survey).toHaveAttribute('data-owner-missing', 'true');

  // The owners filter (in the map overview) brings one team's cards forward.
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.getByTestId('map-summary')).toContainText('2 touchpoints have no owner');
  await page.getByLabel('Highlight owner').selectOption('Digital');
  await expect(card('Status page')).toHaveAttribute('data-highlight', 'owner');
  await expect(card('Agent call')).toHaveAttribute('data-dimmed', 'true');
  await page.getByLabel('Highlight owner').selectOption('');
  await expect(card('Agent call')).not.toHaveAttribute('data-dimmed', 'true');

  // A pain point's five whys.
  await page.getByTestId('pain-point').filter({ hasText: 'IVR has no outage option' }).click();
  const note = page.getByTestId('note-panel');
  await note.getByRole('button', { name: '+ Why 1' }).click();
  await note.getByLabel('Why 1', { exact: true }).fill('Outages are not fed to the IVR');
  await note.getByLabel('Why 1', { exact: true }).press('Enter');
  await note.getByRole('button', { name: '+ Why 2' }).click();
  await expect(note.getByLabel('Why 2', { exact: true })).toBeVisible();
  await expect(note.getByLabel('Why 1', { exact: true })).toHaveValue('Outages are not fed to the IVR');

  // A route's reason and volume: labelled on the canvas, thicker, and counted in the hub's load.
  await card('Agent call').click();
  // A verbatim edited in place; the card shows its quotes on hover.
  const tpPanel = page.getByTestId('touchpoint-panel');
  await tpPanel.getByRole('button', { name: 'Edit verbatim 1' }).click();
  await tpPanel.getByRole('textbox', { name: 'Edit verbatim 1' }).fill('quick and polite');
  await tpPanel.getByRole('textbox', { name: 'Edit verbatim 1' }).press('Enter');
  await expect(tpPanel.locator('.sp-verbatim q')).toHaveText(['quick and polite']);
  await expect(card('Agent call')).toHaveAttribute('title', '“quick and polite”');
  await tpPanel.getByRole('button', { name: 'Route details from Status page' }).click();
  const conn = page.getByTestId('connection-panel');
  await conn.getByLabel('Reason').fill('Status page shows no outage');
  await conn.getByLabel('Reason').press('Enter');
  await conn.getByLabel('Volume per month').fill('1200');
  await conn.getByLabel('Volume per month').press('Enter');
  // Wider than a card: the reason is abbreviated (the volume never), the whole text is on hover.
  const routeLabel = page.getByTestId('connection-label');
  await expect(routeLabel).toHaveAttribute('title', 'Status page shows no outage · 1,200/mo');
  await expect(routeLabel).toHaveText(/^Status page .*… · 1,200\/mo$/);
  await page.getByRole('button', { name: 'Hubs', exact: true }).click();
  await expect(row('Agent call').getByTestId('hub-load')).toHaveText('1,200/mo');
  await page.screenshot({ path: 'e2e/.screens/hub-load.png' });
});
