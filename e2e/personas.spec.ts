import { createMapViaApi, expect, openMapFitted, test } from './fixtures';

/**
 * Personas on the map (issue 21): two library personas linked to a map, one with its own emotion at
 * a card and the other not using another card, draw two curves in the emotion lane in their two
 * colours (with a legend), and the persona filter dims the card the shown persona does not use.
 */
test('two personas draw two curves, and the filter dims the unused card', async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const tag = Math.random().toString(36).slice(2, 7);
  const names = [`Dana ${tag}`, `Sam ${tag}`];
  await page.goto('/personas');
  await expect(page.getByText('Loading the persona library…')).toBeHidden();
  for (const name of names) {
    await page.getByRole('button', { name: 'New persona' }).click();
    await page
      .getByRole('region', { name: /^Edit / })
      .getByLabel('Name')
      .fill(name);
    await expect(page.getByRole('button', { name: new RegExp(name) })).toBeVisible();
  }

  const mapId = await createMapViaApi(request, { title: 'Two personas', template: 'sample' });
  await openMapFitted(page, mapId);
  // No linked persona: the map's own curve, no legend, no filter.
  await expect(page.getByTestId('emotion-path')).toHaveCount(1);
  await expect(page.getByTestId('persona-filter')).toHaveCount(0);
  await page.getByTestId('personas-button').click();
  const picker = page.getByRole('dialog', { name: 'Personas of this map' });
  for (const name of names) await picker.getByRole('checkbox', { name: new RegExp(name) }).check();
  await page.keyboard.press('Escape');

  const paths = page.getByTestId('persona-path');
  await expect(paths).toHaveCount(2);
  await expect(page.getByTestId('emotion-path')).toHaveCount(0);
  await expect(page.getByTestId('persona-legend-item')).toHaveCount(2);
  const strokes = await paths.evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
  expect(new Set(strokes).size).toBe(2);
  // Same scores until a persona has its own.
  const [first, second] = [paths.nth(0), paths.nth(1)];
  expect(await first.getAttribute('data-points')).toBe(await second.getAttribute('data-points'));

  // Dana feels -2 at Survey email; Sam does not use Status page.
  const card = (title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });
  await card('Survey email').click();
  const danaRow = page.getByTestId('persona-emotion').filter({ hasText: names[0]! });
  const surveyBefore = await card('Survey email').getAttribute('data-emotion');
  await danaRow.getByRole('button', { name: /Emotion \+2/ }).click();
  await expect(danaRow.getByRole('button', { name: /Emotion \+2/ })).toHaveAttribute('aria-pressed', 'true');
  // The card's own emotion is unchanged.
  await expect(card('Survey email')).toHaveAttribute('data-emotion', surveyBefore ?? '');
  await expect
    .poll(
      async () => (await first.getAttribute('data-points')) !== (await second.getAttribute('data-points')),
    )
    .toBe(true);

  await card('Status page').click();
  const samRow = page.getByTestId('persona-emotion').filter({ hasText: names[1]! });
  await samRow.getByTestId('persona-not-used').check();
  // Sam's curve has one point fewer than Dana's.
  const count = async (i: number) =>
    ((await paths.nth(i).getAttribute('data-points')) ?? '').split(',').length;
  await expect.poll(async () => (await count(0)) - (await count(1))).toBe(1);

  // Show only Sam: Status page is dimmed, the others are not; one curve.
  await page.keyboard.press('Escape');
  await page.getByTestId('persona-filter-chip').filter({ hasText: names[1]! }).click();
  await expect(card('Status page')).toHaveAttribute('data-dimmed', 'true');
  await expect(card('Survey email')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(paths).toHaveCount(1);
  await page.screenshot({ path: 'e2e/.screens/personas-filter.png' });
  // Show both again: nothing dimmed by personas, two curves.
  await page.getByRole('button', { name: 'All personas' }).click();
  await expect(card('Status page')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(paths).toHaveCount(2);
  await page.screenshot({ path: 'e2e/.screens/personas.png' });
});
