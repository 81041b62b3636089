import type { Page } from '@playwright/test';
import { cardTitled, createMapViaApi, expect, openMapFitted, test } from './fixtures';

/**
 * The inbox with two people: Alice has been in the map (so she can be @mentioned), Bob mentions her
 * in a comment on "Agent call". Alice's bell counts it, her inbox lists it, and a click opens the map
 * on that card with the thread.
 */
const bell = (page: Page) => page.getByRole('button', { name: /^Inbox(, \d+ unread)?$/ });

test('a mention from another person reaches the inbox and jumps to the card and its thread', async ({
  twoUsers,
  request,
}) => {
  test.setTimeout(90_000);
  const { alice, bob } = twoUsers;
  for (const page of [alice, bob]) await page.setViewportSize({ width: 1440, height: 900 });
  const mapId = await createMapViaApi(request, { title: 'Call centre journey', template: 'sample' });
  await openMapFitted(alice, mapId);
  await expect(bell(alice)).toHaveAccessibleName('Inbox');
  await openMapFitted(bob, mapId);

  await cardTitled(bob, 'Agent call').click();
  const box = bob.getByLabel('Comment on this touchpoint');
  await box.pressSequentially('Can @Al');
  await expect(bob.getByTestId('mention-options')).toContainText('Alice');
  await box.press('Enter');
  await box.pressSequentially('check why callers wait so long?');
  await bob.getByTestId('selection-comments').getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(bob.getByTestId('selection-comments').getByTestId('comment-thread')).toHaveCount(1);

  // Alice, on the maps page: the bell counts the mention (it is fetched when the page opens).
  await alice.goto('/');
  await expect(async () => {
    await alice.reload();
    await expect(bell(alice)).toHaveAccessibleName('Inbox, 1 unread', { timeout: 1500 });
  }).toPass({ timeout: 15_000 });
  await expect(bell(bob)).toHaveAccessibleName('Inbox');
  await bell(alice).click();
  const popover = alice.getByRole('region', { name: 'Notifications' });
  const text = 'Bob mentioned you on “Agent call”: “Can @Alice check why callers wait so long?”';
  await expect(popover.getByRole('listitem')).toHaveCount(1);
  await expect(popover.getByRole('listitem')).toContainText(text);
  await expect(popover.getByRole('listitem')).toContainText('Call centre journey');
  await alice.screenshot({ path: '/tmp/inbox-bell.png' });
  await popover.getByRole('link', { name: 'Open inbox' }).click();

  await expect(alice).toHaveURL(/\/inbox$/);
  await expect(alice.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  const list = alice.getByRole('list', { name: 'All notifications' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await alice.getByRole('radio', { name: /Unread/ }).click();
  const row = alice
    .getByRole('list', { name: 'Unread notifications' })
    .getByRole('button', { name: /Mention, unread/ });
  await expect(row).toContainText(text);
  await expect(alice.getByText('E-mail is not configured on this server')).toBeVisible();
  await alice.screenshot({ path: '/tmp/inbox-page.png', fullPage: true });

  // A click: read, and the map opens on the card with the thread.
  await row.click();
  await expect(alice).toHaveURL(new RegExp(`/map/${mapId}$`), { timeout: 15_000 });
  // The card is selected and centred; the comments show the thread.
  await expect(
    alice.locator('.react-flow__node.selected', { has: cardTitled(alice, 'Agent call') }),
  ).toHaveCount(1);
  const thread = alice.getByTestId('comments-panel').getByTestId('comment-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread).toContainText('Can @Alice check why callers wait so long?');
  await expect(thread).toBeInViewport();
  await expect(cardTitled(alice, 'Agent call')).toBeInViewport();
  await expect(bell(alice)).toHaveAccessibleName('Inbox');
  await alice.screenshot({ path: '/tmp/inbox-jump.png' });
});
