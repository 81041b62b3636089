import type { Page } from '@playwright/test';
import { cardTitled, createMapViaApi, expect, openMapFitted, test } from './fixtures';

/**
 * Issue 19 end to end, as a facilitator and a colleague live it after the workshop: routes into
 * "Agent call" tagged as failure demand rank their upstream cause; "Create action" turns it into an
 * action that gets an owner and a due date in the past, and it shows overdue on the card, in the
 * header and on the actions page for both people; a survey tool's push moves a card's emotion and
 * its freshness; a mention from the other person reaches the inbox.
 */

async function tagRoute(page: Page, from: string, volume: string, demand: 'Value' | 'Failure') {
  const tpPanel = page.getByTestId('touchpoint-panel');
  await tpPanel.getByRole('button', { name: `Route details from ${from}` }).click();
  const conn = page.getByTestId('connection-panel');
  await conn.getByLabel('Volume per month').fill(volume);
  await conn.getByLabel('Volume per month').press('Enter');
  const group = conn.getByRole('group', { name: 'Demand' });
  await group.getByRole('button', { name: demand }).click();
  await expect(group.getByRole('button', { name: demand })).toHaveAttribute('aria-pressed', 'true');
  await conn.getByRole('button', { name: 'Agent call' }).click();
  await expect(tpPanel).toBeVisible();
}

const ACTION = 'Remove failure demand from “Status page”';
const CAUSE_NOTE = 'Causes 1,200 avoidable contacts a month into Agent call';

/** A calendar day `days` before today, as metric points are dated. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test('failure demand becomes an overdue action everyone sees; a push refreshes a card; a mention reaches the inbox', async ({
  twoUsers: { alice, bob },
  request,
}) => {
  test.setTimeout(300_000);
  for (const page of [alice, bob]) await page.setViewportSize({ width: 1600, height: 1000 });
  const mapId = await createMapViaApi(request, { title: 'Broadband after the workshop', template: 'sample' });
  await Promise.all([openMapFitted(alice, mapId), openMapFitted(bob, mapId)]);

  // The facilitator tags the routes into Agent call: two as failure demand, one as value demand.
  await cardTitled(alice, 'Agent call').click();
  await tagRoute(alice, 'Status page', '1200', 'Failure');
  await tagRoute(alice, 'Chat with bot', '300', 'Failure');
  await tagRoute(alice, 'IVR menu', '800', 'Value');
  const hubLedger = alice.getByTestId('hub-ledger');
  await expect(hubLedger.getByTestId('ledger-share')).toHaveText('65%');
  await expect(cardTitled(bob, 'Agent call').getByTestId('hub-figures')).toHaveText('2,300/mo · 65% failure');

  // The report ranks the upstream cause; one click makes the action that links it.
  await alice.getByTestId('ledger-button').click();
  const cause = alice.getByTestId('ledger-report').getByTestId('ledger-cause').first();
  await expect(cause).toContainText('Status page');
  await cause.getByRole('button', { name: 'Create action on Status page' }).click();
  const section = alice.getByTestId('note-panel').getByTestId('actions-section');
  const row = section.getByTestId('action-row').first();
  await expect(row.getByLabel('Action title')).toHaveValue(ACTION);

  // It gets an owner and a due date that has passed.
  await row.getByRole('button', { name: 'Show the action’s details' }).click();
  await row.getByLabel('Owner').fill('Digital team');
  await row.getByLabel('Owner').press('Enter');
  await row.getByLabel('Due').fill('2020-01-15');
  await expect(row.getByTestId('action-due')).toContainText('Overdue since 2020-01-15');

  // Both people see it overdue: on the cause's pain point, on Status page, in the header.
  for (const page of [alice, bob]) {
    const pain = page.getByTestId('pain-point').filter({ hasText: CAUSE_NOTE });
    await expect(pain.getByTestId('overdue-flag')).toHaveText('1 overdue');
    await expect(cardTitled(page, 'Status page').getByTestId('overdue-flag')).toHaveText('1 overdue');
    await expect(page.getByTestId('overdue-pill')).toHaveAccessibleName('1 overdue action');
  }

  // ... and on the actions page, with its owner and its map.
  const actionsPage = await bob.context().newPage();
  await actionsPage.goto('/actions');
  // Other specs on this server make the same action on their own maps: this map's row.
  const listed = actionsPage
    .getByTestId('action-row')
    .filter({ hasText: ACTION })
    .filter({ hasText: 'Broadband after the workshop' });
  await expect(listed).toContainText('Digital team');
  await expect(listed).toContainText('Overdue');
  await expect(listed).toContainText('Broadband after the workshop');
  // "Overdue only" keeps it (other maps on this server may have overdue actions too: all rows are).
  await actionsPage.getByLabel(/Overdue only/).check();
  await expect(listed).toHaveCount(1);
  for (const r of await actionsPage.getByTestId('action-row').all()) await expect(r).toContainText('Overdue');
  await actionsPage.close();

  // A survey tool pushes CSAT for Agent call, whose emotion follows its CSAT: first an old figure…
  await cardTitled(alice, 'Agent call').click();
  await alice.getByTestId('touchpoint-panel').getByLabel('Emotion from').selectOption('csat');
  const token = await request.post(`/api/maps/${mapId}/tokens`, { data: { label: 'Survey tool' } });
  expect(token.status(), await token.text()).toBe(201);
  const { secret } = (await token.json()) as { secret: string };
  const push = (value: number, date: string) =>
    request.post(`/api/maps/${mapId}/metrics`, {
      headers: { Authorization: `Bearer ${secret}` },
      data: {
        points: [{ touchpoint: 'Agent call', kind: 'csat', value, sample: 120, source: 'Survey', date }],
      },
    });
  expect((await push(4.6, daysAgo(200))).status()).toBe(200);
  for (const page of [alice, bob]) {
    const card = cardTitled(page, 'Agent call');
    await expect(card).toHaveAttribute('data-emotion', '2');
    await expect(card.getByTestId('card-voc')).toHaveAttribute('data-stale', 'true');
  }
  // … then this week's, much worse: the emotion drops and the figure is fresh again.
  expect((await push(1.4, daysAgo(1))).status()).toBe(200);
  for (const page of [alice, bob]) {
    const card = cardTitled(page, 'Agent call');
    await expect(card).toHaveAttribute('data-emotion', '-2');
    await expect(card.getByTestId('card-voc')).toHaveAttribute('data-stale', 'false');
    await expect(card.getByTestId('card-voc')).toContainText('CSAT 1.4');
  }

  // Bob mentions Alice on the cause; her inbox lists it and its link opens the card.
  await cardTitled(bob, 'Status page').click();
  const box = bob.getByLabel('Comment on this touchpoint');
  await box.pressSequentially('Can @Al');
  await expect(bob.getByTestId('mention-options')).toContainText('Alice');
  await box.press('Enter');
  await box.pressSequentially('own the status page fix?');
  await bob.getByTestId('selection-comments').getByRole('button', { name: 'Comment', exact: true }).click();
  await alice.goto('/inbox');
  const mention = 'Bob mentioned you on “Status page”: “Can @Alice own the status page fix?”';
  await expect(async () => {
    await alice.reload();
    await expect(alice.getByText(mention)).toBeVisible({ timeout: 1500 });
  }).toPass({ timeout: 20_000 });
  await alice.getByText(mention).click();
  // The map opens on the card with the thread shown in the comments panel.
  const thread = alice.getByTestId('comments-panel').getByTestId('comment-thread');
  await expect(thread).toContainText('on touchpoint “Status page”', { timeout: 20_000 });
  await expect(thread).toContainText('Can @Alice own the status page fix?');
  await alice.screenshot({ path: 'e2e/.screens/programme-inbox-jump.png' });
});
