import type { Page } from '@playwright/test';
import {
  cardTitled as card,
  expect,
  openMapFitted as open,
  storedMap as stored,
  test,
  withIdentity,
} from './fixtures';

/**
 * Reverting one person's edits with three people on a map: Bob and Carol both type, the facilitator
 * previews and reverts Bob's edits only, and every screen (and the server's copy) keeps Carol's.
 * "Undo" on the toast brings Bob's edits back.
 */
async function addCard(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add touchpoint', exact: true }).click();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(card(page, title)).toBeVisible();
}

async function retitle(page: Page, from: string, to: string) {
  await card(page, from).click();
  const title = page.getByTestId('touchpoint-panel').getByLabel('Title', { exact: true });
  await title.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(card(page, to)).toBeVisible();
}

test("the facilitator reverts one person's edits; the other's stay on every screen", async ({
  twoUsers,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(90_000);
  const { alice, bob } = twoUsers;
  const carolContext = await withIdentity(await browser.newContext({ baseURL }), 'Carol');
  try {
    const carol = await carolContext.newPage();
    // Alice makes the map, so she owns it and holds the seat; Bob and Carol join as editors.
    await alice.goto('/');
    await alice.getByRole('button', { name: 'New map' }).click();
    const create = alice.getByRole('dialog', { name: 'New map' });
    await create.getByLabel('Title').fill('Revert workshop');
    await create.getByRole('radio', { name: /^Sample/ }).check();
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(alice).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
    const mapId = new URL(alice.url()).pathname.split('/').at(-1)!;
    await open(alice, mapId);
    await expect(alice.getByTestId('facilitator-chip')).toContainText('Facilitator: Alice (you)');
    await open(bob, mapId);
    await open(carol, mapId);

    // Bob adds a card and renames one; Carol adds a card. Everyone sees all three edits.
    await addCard(bob, 'Bob idea');
    await retitle(bob, 'Status page', 'Status page by Bob');
    await addCard(carol, 'Carol idea');
    for (const page of [alice, bob, carol]) {
      await expect(card(page, 'Bob idea')).toBeVisible();
      await expect(card(page, 'Status page by Bob')).toBeVisible();
      await expect(card(page, 'Carol idea')).toBeVisible();
    }

    // Bob has no way to it: the entry is the facilitator's (or the owner's); the readout is everyone's.
    await expect(bob.getByRole('button', { name: /^Facilitate/ })).toHaveCount(0);
    await bob.getByRole('button', { name: 'Workshop', exact: true }).click();
    const bobMenu = bob.getByRole('region', { name: 'Workshop' });
    await expect(bobMenu.getByRole('button', { name: 'Workshop readout…' })).toBeVisible();
    await expect(bobMenu.getByRole('button', { name: 'Revert a person’s edits…' })).toHaveCount(0);
    await bob.keyboard.press('Escape');
    // Nor does the server let him: his own request is refused.
    const bobKey = await bob.evaluate(() => localStorage.getItem('journey.personKey'));
    const refused = await request.post(`/api/maps/${mapId}/revert`, {
      headers: { 'x-journey-person': bobKey ?? '' },
      data: { personId: 'anyone', apply: false },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'facilitator_only' });

    await alice.getByRole('button', { name: /^Facilitate/ }).click();
    await alice.getByRole('button', { name: 'Revert a person’s edits…' }).click();
    const dialog = alice.getByRole('dialog', { name: 'Revert a person’s edits' });
    await expect(dialog.getByRole('radio', { name: /Carol/ })).toBeVisible();
    await dialog.getByRole('radio', { name: /Bob/ }).check();
    await alice.screenshot({ path: '/tmp/shots17/revert-pick.png' });
    await dialog.getByRole('button', { name: 'Preview' }).click();

    const plan = dialog.getByTestId('revert-plan');
    await expect(plan.getByTestId('revert-remove')).toContainText('Bob idea');
    await expect(plan.getByTestId('revert-fields')).toContainText('Status page by Bob');
    await expect(plan.getByTestId('revert-fields')).toContainText('Status page');
    await expect(plan).not.toContainText('Carol idea');
    await alice.screenshot({ path: '/tmp/shots17/revert-preview.png' });
    // The preview changed nothing yet.
    await expect(card(carol, 'Bob idea')).toBeVisible();

    await dialog.getByRole('button', { name: /^Revert \d+ changes?$/ }).click();
    await expect(dialog).toHaveCount(0);
    const toast = alice.getByRole('status').filter({ hasText: 'by Bob' });
    await expect(toast).toContainText(/Reverted \d+ changes? by Bob/);
    await alice.screenshot({ path: '/tmp/shots17/revert-toast.png' });

    for (const page of [alice, bob, carol]) {
      await expect(card(page, 'Bob idea')).toHaveCount(0);
      await expect(card(page, 'Status page by Bob')).toHaveCount(0);
      await expect(card(page, 'Status page')).toBeVisible();
      await expect(card(page, 'Carol idea')).toBeVisible();
    }
    await carol.screenshot({ path: '/tmp/shots17/revert-after-carol.png' });
    const after = await stored(request, mapId);
    const titles = after.touchpoints.map((t) => t.title);
    expect(titles).toContain('Carol idea');
    expect(titles).toContain('Status page');
    expect(titles).not.toContain('Bob idea');

    // Undo restores the safety version taken just before: Bob's edits come back for everyone.
    await toast.getByRole('button', { name: 'Undo' }).click();
    for (const page of [alice, bob, carol]) {
      await expect(card(page, 'Bob idea')).toBeVisible();
      await expect(card(page, 'Status page by Bob')).toBeVisible();
      await expect(card(page, 'Carol idea')).toBeVisible();
    }
  } finally {
    await carolContext.close();
  }
});
