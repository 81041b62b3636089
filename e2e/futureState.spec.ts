import type { Page } from '@playwright/test';
import { downloadFrom } from './exportFiles';
import { cardTitled, createMapViaApi, expect, openMapConnected, openMapFitted, test } from './fixtures';

/**
 * The future state (model/future) as a person sketches it: start it, change a card's emotion, add a
 * card and remove one in the future view, compare in "Both" (badges, two curves), export it.
 */
const toggle = (page: Page) => page.getByTestId('variant-toggle');

test('sketches a future state and exports both states with badges and both curves', async ({
  page,
  request,
}) => {
  test.slow();
  const mapId = await createMapViaApi(request, { title: 'Outage future', template: 'sample' });
  await openMapFitted(page, mapId);
  await expect(toggle(page)).toHaveCount(0);
  await page
    .getByRole('toolbar', { name: 'Map tools' })
    .getByRole('button', { name: 'Start future state' })
    .click();
  await expect(toggle(page).getByRole('button', { name: 'Future' })).toHaveAttribute('aria-pressed', 'true');

  // Changed: IVR menu will feel +1 instead of -2.
  await cardTitled(page, 'IVR menu').click();
  const section = page.getByTestId('future-state-section');
  await section.getByRole('button', { name: 'Emotion +1 Pleased' }).click();
  await expect(section.getByTestId('future-status')).toHaveValue('changed');
  await section.getByLabel('What changes').fill('Callback offered instead of the menu');
  await section.getByLabel('What changes').press('Tab');
  // The future view draws the future emotion.
  await expect(cardTitled(page, 'IVR menu')).toHaveAttribute('data-emotion', '1');

  // Removed: Delete in the future view marks the card, it stays in the current state.
  await cardTitled(page, 'Router app restart').click();
  await page.keyboard.press('Delete');
  await expect(cardTitled(page, 'Router app restart')).toHaveCount(0);
  // The insights read the state shown: the summary is the future state's, without the removed card.
  await page.keyboard.press('Escape');
  const summary = page.getByTestId('map-summary');
  await expect(summary.getByRole('heading', { name: 'Summary of the future state' })).toBeVisible();
  await expect(summary).not.toContainText('Router app restart');

  // Added: a card made in the future view exists only in the future.
  await cardTitled(page, 'Chat with bot').click();
  await page.keyboard.press('n');
  await page.keyboard.type('Outage text alert');
  await page.keyboard.press('Enter');
  await expect(cardTitled(page, 'Outage text alert')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/.screens/future-view.png' });

  // Current: as is — the removed card is back, the added one absent, IVR menu at -2.
  await toggle(page).getByRole('button', { name: 'Current' }).click();
  await expect(cardTitled(page, 'Router app restart')).toHaveCount(1);
  await expect(cardTitled(page, 'Outage text alert')).toHaveCount(0);
  await expect(cardTitled(page, 'IVR menu')).toHaveAttribute('data-emotion', '-2');
  await page.keyboard.press('Escape');
  await expect(summary.getByRole('heading', { name: 'Summary', exact: true })).toBeVisible();
  await expect(summary).toContainText('Router app restart');
  await page.screenshot({ path: 'e2e/.screens/future-current-view.png' });

  // Both: every card, badges in the trait colours, the two curves with a legend.
  await toggle(page).getByRole('button', { name: 'Both' }).click();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(12);
  const badges = page.getByTestId('future-badge');
  await expect(badges).toHaveCount(3);
  await expect(cardTitled(page, 'IVR menu').getByTestId('future-badge')).toHaveText('Changed');
  await expect(cardTitled(page, 'Router app restart').getByTestId('future-badge')).toHaveText('Removed');
  await expect(cardTitled(page, 'Outage text alert').getByTestId('future-badge')).toHaveText('New');
  await expect(page.getByTestId('curve-current')).toHaveAttribute('data-points', /-2/);
  await expect(page.getByTestId('curve-future')).toHaveCount(1);
  expect((await page.getByTestId('curve-current').getAttribute('data-points'))!.split(',')).toHaveLength(11);
  expect((await page.getByTestId('curve-future').getAttribute('data-points'))!.split(',')).toHaveLength(11);
  await expect(page.getByTestId('future-curve-legend')).toBeVisible();
  await page.screenshot({ path: 'e2e/.screens/future-both-view.png' });

  // Export SVG with Both: the file holds both curves and the badges.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await expect(dialog.getByRole('radio', { name: 'Both' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Current' }).check();
  await dialog.getByRole('radio', { name: 'Both' }).check();
  await page.screenshot({ path: 'e2e/.screens/future-export-dialog.png' });
  const svg = (await downloadFrom(page, dialog)).bytes.toString('utf8');
  expect(svg).toContain('data-part="curve-current"');
  expect(svg).toContain('data-part="curve-future"');
  expect(svg.match(/data-part="future-badge"/g)).toHaveLength(3);
  for (const badge of ['NEW', 'CHANGED', 'REMOVED']) expect(svg).toContain(`>${badge}<`);
  expect(svg).toContain('Outage text alert');
});

test('in the future view a score typed on a card and a duplicate belong to the future only', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Future keys', template: 'sample' });
  await openMapFitted(page, mapId);
  await page
    .getByRole('toolbar', { name: 'Map tools' })
    .getByRole('button', { name: 'Start future state' })
    .click();
  const chat = cardTitled(page, 'Chat with bot');
  const before = await chat.getAttribute('data-emotion');
  expect(before).not.toBe('2');
  await chat.click();
  // The number key sets the emotion the card shows: in the future view, its to-be emotion.
  await page.keyboard.press('2');
  await expect(chat).toHaveAttribute('data-emotion', '2');
  await expect(page.getByTestId('future-state-section').getByTestId('future-status')).toHaveValue('changed');
  // Ctrl+D in the future view: the copy is new in the future.
  await page.keyboard.press('Control+d');
  await expect(cardTitled(page, 'Chat with bot')).toHaveCount(2);

  await toggle(page).getByRole('button', { name: 'Current' }).click();
  await expect(cardTitled(page, 'Chat with bot')).toHaveCount(1);
  await expect(cardTitled(page, 'Chat with bot')).toHaveAttribute('data-emotion', before!);

  await toggle(page).getByRole('button', { name: 'Both' }).click();
  const badges = cardTitled(page, 'Chat with bot').getByTestId('future-badge');
  await expect(badges).toHaveText(['Changed', 'New']);
  // The view is this tab's, and a reload keeps it.
  await page.reload();
  await expect(toggle(page).getByRole('button', { name: 'Both' })).toHaveAttribute('aria-pressed', 'true');
  await expect(cardTitled(page, 'Chat with bot').getByTestId('future-badge')).toHaveText(['Changed', 'New']);
});

test('a double-click in the future view adds the card in the cell drawn there, though hidden cards narrow a stage', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Future cells', template: 'blank' });
  await openMapConnected(page, mapId);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  const header = (name: string) => page.getByTestId('stage-header').filter({ hasText: name });
  const at = async (stage: string) => {
    const s = (await header(stage).boundingBox())!;
    const lane = (await page.getByTestId('lane-touchpoints').boundingBox())!;
    return { x: s.x + 30, y: lane.y + lane.height / 2 };
  };
  // Three cards in Aware make its column three cards wide.
  let p = await at('Aware');
  await page.mouse.dblclick(p.x, p.y);
  await page.keyboard.type('Ad');
  await page.keyboard.press('Enter');
  for (const title of ['Search', 'Review site']) {
    await page.getByRole('button', { name: 'Add touchpoint' }).click();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await page
    .getByRole('toolbar', { name: 'Map tools' })
    .getByRole('button', { name: 'Start future state' })
    .click();
  // In the future two of them are gone: Aware narrows and the stages after it move left.
  for (const title of ['Search', 'Review site']) {
    await cardTitled(page, title).click();
    await page.keyboard.press('Delete');
  }
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(1);

  p = await at('Buy');
  await page.mouse.dblclick(p.x, p.y);
  await page.keyboard.type('Pay by link');
  await page.keyboard.press('Enter');
  const card = (await cardTitled(page, 'Pay by link').boundingBox())!;
  const buy = (await header('Buy').boundingBox())!;
  expect(card.x).toBeGreaterThanOrEqual(buy.x - 1);
  expect(card.x + card.width).toBeLessThanOrEqual(buy.x + buy.width + 1);
});
