import type { Page } from '@playwright/test';
import { cardTitled, createMapViaApi, expect, openMapFitted, test } from './fixtures';

const PAIN = 'IVR has no outage option';
const painCard = (page: Page) => page.getByTestId('pain-point').filter({ hasText: PAIN });
/** The header's tools end before its insights begin: nothing hides under another. */
async function headerFits(page: Page) {
  const gap = await page.evaluate(() => {
    const tools = [...document.querySelectorAll('.editor-toolbar > *')].at(-1)!.getBoundingClientRect();
    const insights = document.querySelector('.header-insights > *')!.getBoundingClientRect();
    // Same row: the insights start right of the tools; a row of their own (≤ 1000 px): below them.
    return insights.top >= tools.bottom ? 1 : insights.left - tools.right;
  });
  expect(gap).toBeGreaterThan(0);
}
const ivr = (page: Page) => cardTitled(page, 'IVR menu');
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/p3-${name}.png` });

/**
 * Issue 19 in the editor: an action on a pain point, typed straight after "Add action", given an
 * owner and a past due date, shows overdue on the card and in the header for both people; the
 * matrix places it once scored; undo takes back only the undoer's own change.
 */
test('an overdue action shows on the card and in the header for two people; undo is per person', async ({
  twoUsers,
  request,
}) => {
  test.setTimeout(120_000);
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Outage journey', template: 'sample' });
  await Promise.all([openMapFitted(alice, mapId), openMapFitted(bob, mapId)]);

  // Alice opens the pain point and adds an action by typing right after "Add action".
  await painCard(alice).click();
  const panel = alice.getByTestId('actions-section');
  await expect(panel).toContainText('No actions yet');
  await panel.getByRole('button', { name: '+ Add action' }).click();
  await expect(panel.getByLabel('Action title')).toBeFocused();
  await alice.keyboard.type('Add an outage option to the IVR');
  // Enter adds the next one, caret in its title; it can be deleted again.
  await alice.keyboard.press('Enter');
  const rows = panel.getByTestId('action-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByLabel('Action title')).toBeFocused();
  await alice.keyboard.type('Call customers back');
  await expect(bob.getByTestId('overdue-pill')).toHaveCount(0);
  await rows.nth(1).getByRole('button', { name: 'Show the action’s details' }).click();
  await rows.nth(1).getByRole('button', { name: 'Delete action' }).click();
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await row.getByRole('button', { name: 'Show the action’s details' }).click();
  const owner = row.getByLabel('Owner');
  await owner.fill('Contact centre');
  await owner.press('Enter');
  await row.getByLabel('Due').fill('2020-01-15');
  await row.getByLabel('Link').fill('github.com/acme');
  await expect(row.getByRole('alert')).toContainText('https://');
  await row.getByLabel('Link').fill('https://github.com/acme/ivr/issues/12');
  await row.getByLabel('Link').press('Enter');
  await expect(row.getByText('GitHub · github.com')).toBeVisible();
  // It addresses the IVR menu: that card is flagged too.
  await row.getByRole('checkbox', { name: 'IVR menu' }).check();
  await row.getByRole('button', { name: 'Value 5: Very high' }).click();
  await row.getByRole('button', { name: 'Effort 1: Trivial' }).click();
  await expect(row.getByTestId('action-due')).toContainText('Overdue since 2020-01-15');

  // Both people see it overdue: on the note card, on its linked touchpoint's card if any, in the header.
  for (const page of [alice, bob]) {
    const flag = painCard(page).getByTestId('overdue-flag');
    await expect(flag).toHaveText('1 overdue');
    await expect(flag).toHaveAttribute(
      'title',
      /Add an outage option to the IVR — due 2020-01-15 · Contact centre/,
    );
    await expect(page.getByTestId('overdue-pill')).toHaveAccessibleName('1 overdue action');
    await expect(page.getByTestId('health-badge')).toBeVisible();
    await expect(ivr(page).getByTestId('overdue-flag')).toHaveText('1 overdue');
  }
  await headerFits(alice);
  await shot(alice, 'panel-1280');

  // Bob opens the overdue list from the header: a click selects the note (his panel shows the action).
  await bob.getByTestId('overdue-pill').click();
  await expect(bob.getByTestId('overdue-list')).toContainText('Add an outage option to the IVR');
  await bob
    .getByTestId('overdue-list')
    .getByRole('button', { name: /Add an outage option/ })
    .click();
  const bobRow = bob.getByTestId('actions-section').getByTestId('action-row');
  await expect(bobRow.getByLabel('Action title')).toHaveValue('Add an outage option to the IVR');
  await expect(bobRow.getByText('Contact centre')).toBeVisible();

  // The health badge's popover names the parts and the next step.
  await bob.getByTestId('health-badge').click();
  await expect(bob.getByTestId('health-popover')).toContainText('Actions on time');
  await expect(bob.getByTestId('health-popover')).toContainText('1 action is overdue');
  await shot(bob, 'health-1280');
  await bob.keyboard.press('Escape');

  // The matrix shows the scored action among the quick wins.
  await alice.getByRole('button', { name: 'Value × effort matrix' }).click();
  const dialog = alice.getByRole('dialog', { name: 'Value × effort' });
  const cell = dialog.locator('[data-value="5"][data-effort="1"]');
  await expect(cell.getByTestId('matrix-chip')).toHaveText('Add an outage option to the IVR');
  await shot(alice, 'matrix-1280');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Bob moves it to "Doing"; then Alice undoes her last change (the effort): Bob's status stays.
  await bobRow.getByLabel('Status', { exact: true }).selectOption('doing');
  await expect(panel.getByTestId('action-row').getByLabel('Status', { exact: true })).toHaveValue('doing');
  await alice.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(row.getByRole('button', { name: 'Effort 1: Trivial' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(bobRow.getByText('V5 · E1')).toHaveCount(0);
  await expect(bobRow.getByLabel('Status', { exact: true })).toHaveValue('doing');
  await expect(painCard(bob).getByTestId('overdue-flag')).toHaveText('1 overdue');

  // At 1000 px the header still fits: the pill and the badge sit in its third row, nothing cut.
  await bob.setViewportSize({ width: 1000, height: 760 });
  await expect(bob.getByTestId('overdue-pill')).toBeInViewport();
  await expect(bob.getByTestId('health-badge')).toBeInViewport();
  await headerFits(bob);
  await shot(bob, 'header-1000');
  await alice.setViewportSize({ width: 1000, height: 760 });
  await alice.keyboard.press('Escape');
  await alice.getByTestId('map-canvas').click({ position: { x: 5, y: 5 } });
  await alice.keyboard.press('x');
  await expect(alice.getByRole('dialog', { name: 'Value × effort' })).toBeVisible();
  await shot(alice, 'matrix-1000');

  // After the undo the action is unscored: Alice drags its chip onto value 4, effort 2 (one command).
  const matrix = alice.getByRole('dialog', { name: 'Value × effort' });
  await expect(matrix.getByRole('complementary', { name: 'Unscored actions' })).toContainText(
    'Add an outage',
  );
  await matrix.getByTestId('matrix-chip').dragTo(matrix.locator('[data-value="4"][data-effort="2"]'));
  await expect(matrix.locator('[data-value="4"][data-effort="2"]').getByTestId('matrix-chip')).toHaveCount(1);
  await expect(bobRow.getByText('V4 · E2')).toBeVisible();

  // Evidence: Alice marks the IVR menu observed in its panel; Bob's card shows the mark.
  await matrix.getByRole('button', { name: 'Close' }).click();
  await ivr(alice).click();
  const evidence = alice.getByTestId('touchpoint-panel').getByTestId('evidence-select');
  await evidence.getByRole('button', { name: /Observed/ }).click();
  await expect(ivr(bob).getByTestId('evidence-mark')).toHaveAttribute('data-evidence', 'observed');
  await ivr(bob).screenshot({ path: '/tmp/p3-card.png' });
  await shot(alice, 'touchpoint-panel-1000');
});
