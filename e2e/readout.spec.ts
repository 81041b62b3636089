import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { cardTitled as card, createMapViaApi, expect, openMapFitted as open, test } from './fixtures';

/**
 * The workshop readout after a dot vote: the facilitator runs it, two people vote, "End vote"; the
 * readout lists the result ranked with its counts (for the facilitator and for a participant), and
 * the Markdown and PDF downloads carry it.
 */
async function facilitate(page: Page) {
  await page.getByRole('button', { name: /^Facilitate/ }).click();
  const menu = page.getByRole('region', { name: 'Facilitator tools' });
  await expect(menu).toBeVisible();
  return menu;
}

test('the readout lists the vote results, ranked with counts, after "End vote"', async ({
  twoUsers,
  request,
}) => {
  test.setTimeout(90_000);
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Readout workshop', template: 'sample' });
  await open(alice, mapId);
  await alice.getByRole('button', { name: 'Take the facilitator seat' }).click();
  await expect(alice.getByTestId('facilitator-chip')).toContainText('Facilitator: Alice (you)');
  await open(bob, mapId);

  // Bob types a new card: the readout counts it as added.
  await bob.getByRole('button', { name: 'Add touchpoint', exact: true }).click();
  await bob.keyboard.type('Callback request');
  await bob.keyboard.press('Enter');
  await bob.keyboard.press('Escape');
  await expect(card(alice, 'Callback request')).toBeVisible();

  let menu = await facilitate(alice);
  await menu.getByLabel('Votes per person').fill('2');
  await menu.getByRole('button', { name: 'Start vote' }).click();
  await alice.keyboard.press('Escape');
  await expect(bob.getByTestId('vote-status')).toHaveText('Vote: 2 of 2 left');
  await alice.getByRole('button', { name: 'Vote for IVR menu' }).click();
  await alice.getByRole('button', { name: 'Vote for IVR menu' }).click();
  await bob.getByRole('button', { name: 'Vote for IVR menu' }).click();
  await bob.getByRole('button', { name: 'Vote for Status page' }).click();
  for (const page of [alice, bob])
    await expect(page.getByTestId('vote-status')).toHaveText('Vote: 0 of 2 left');
  menu = await facilitate(alice);
  await menu.getByRole('button', { name: 'End vote' }).click();
  await alice.keyboard.press('Escape');
  await expect(bob.getByTestId('vote-status')).toHaveCount(0);

  // The facilitator's readout: the vote ranked, with counts, and Bob's card under its stage.
  menu = await facilitate(alice);
  await menu.getByRole('button', { name: 'Workshop readout…' }).click();
  const dialog = alice.getByRole('dialog', { name: 'Workshop readout' });
  const ranks = dialog.getByTestId('readout-rank');
  await expect(ranks).toHaveCount(2);
  await expect(ranks.nth(0)).toContainText('IVR menu');
  await expect(ranks.nth(0)).toContainText('3 votes');
  await expect(ranks.nth(1)).toContainText('Status page');
  await expect(ranks.nth(1)).toContainText('1 vote');
  await expect(dialog.getByTestId('readout-votes')).toContainText('2 voters · 2 dots each');
  await expect(dialog.getByTestId('readout-stages')).toContainText('Added: Callback request');
  await expect(dialog.getByTestId('readout-count-added')).toContainText('1');
  await expect(dialog.getByTestId('readout-timers')).toContainText('No timers were run in this session.');
  await alice.screenshot({ path: '/tmp/shots17/readout-alice.png' });

  const markdown = alice.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Markdown' }).click();
  const md = await markdown;
  expect(md.suggestedFilename()).toMatch(/^Readout workshop – readout \d{4}-\d\d-\d\d\.md$/);
  const text = await readFile(await md.path(), 'utf8');
  expect(text).toContain('IVR menu');
  expect(text).toMatch(/IVR menu[^\n]*3/);
  expect(text).toMatch(/Status page[^\n]*1/);
  expect(text.indexOf('IVR menu')).toBeLessThan(text.indexOf('Status page'));

  const pdf = alice.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  const file = await pdf;
  expect(file.suggestedFilename()).toMatch(/^Readout workshop – readout \d{4}-\d\d-\d\d\.pdf$/);
  await file.saveAs('/tmp/shots17/readout.pdf');
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Three pages at least: the cover, the map, then the sections.
  expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);

  // A participant opens the same readout from the Workshop menu.
  await bob.getByRole('button', { name: 'Workshop', exact: true }).click();
  await bob.getByRole('button', { name: 'Workshop readout…' }).click();
  const bobRanks = bob.getByRole('dialog', { name: 'Workshop readout' }).getByTestId('readout-rank');
  await expect(bobRanks.nth(0)).toContainText('IVR menu');
  await expect(bobRanks.nth(0)).toContainText('3 votes');
  await bob.screenshot({ path: '/tmp/shots17/readout-bob.png' });

  // The ended vote is kept: Bob's History lists it, ranked, after the readout is closed.
  await bob.getByRole('dialog', { name: 'Workshop readout' }).getByRole('button', { name: 'Close' }).click();
  await bob.getByRole('button', { name: /History/ }).click();
  const kept = bob.getByRole('region', { name: 'Vote results' });
  await expect(kept.getByRole('listitem').first()).toContainText('2 voters · 2 dots each');
  await expect(kept.getByRole('listitem').nth(1)).toContainText('IVR menu');
  await expect(kept.getByRole('listitem').nth(1)).toContainText('3 votes');
  await bob.screenshot({ path: '/tmp/shots17/history-votes-bob.png' });
});

test('a viewer reads the readout from the Workshop menu, and cannot revert', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, { title: 'Viewer readout', template: 'sample' });
  const res = await request.post(`/api/maps/${mapId}/links`, {
    data: { role: 'viewer', expiresInHours: null },
  });
  expect(res.ok()).toBe(true);
  const { link } = (await res.json()) as { link: { token: string } };
  await page.goto(`/map/${mapId}?token=${encodeURIComponent(link.token)}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');

  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  const menu = page.getByRole('region', { name: 'Workshop' });
  await expect(menu.getByRole('button', { name: 'Revert a person’s edits…' })).toHaveCount(0);
  await menu.getByRole('button', { name: 'Workshop readout…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workshop readout' });
  await expect(dialog.getByTestId('readout-votes')).toContainText('No votes were run in this session.');
  await expect(dialog.getByTestId('readout-count-added')).toContainText('0');
  await expect(dialog.getByTestId('readout-unowned')).toContainText('Bill credit');
  await page.screenshot({ path: '/tmp/shots17/readout-viewer.png' });
});
