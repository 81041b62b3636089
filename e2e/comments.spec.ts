import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * Comments and roles with two people: Alice edits (open mode, no token), Bob opens a commenter link
 * she made in the share dialog. Bob comments and @mentions her but cannot change the map; Alice
 * resolves his thread. Revoking the link, or tampering with it, shuts Bob out with a clear message.
 */
async function ready(page: Page) {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
}

const card = (page: Page, title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });
/** The React Flow node around a card: its transform is the card's place in flow coordinates. */
const nodeOf = (page: Page, title: string) => page.locator('.react-flow__node', { has: card(page, title) });
const placeOf = (page: Page, title: string) =>
  nodeOf(page, title).evaluate((el) => (el as HTMLElement).style.transform);

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Alice makes a commenter link in the share dialog and reads it from there. */
async function shareCommenterLink(alice: Page, screenshot?: string): Promise<string> {
  await alice.getByTestId('share-button').click();
  const dialog = alice.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByRole('radio', { name: /Commenter/ }).check();
  await dialog.getByLabel('Expires').selectOption({ label: 'Never' });
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const link = await dialog.getByTestId('share-new-link').inputValue();
  expect(link).toMatch(/\/map\/[A-Za-z0-9_-]+\?token=.+/);
  await expect(dialog.getByTestId('share-link-row').first()).toHaveAttribute('data-role', 'commenter');
  if (screenshot) await alice.screenshot({ path: screenshot });
  await dialog.getByRole('button', { name: 'Done' }).click();
  return link;
}

async function linkViaApi(
  request: APIRequestContext,
  mapId: string,
  role: 'commenter' | 'viewer' = 'commenter',
): Promise<string> {
  const res = await request.post(`/api/maps/${mapId}/links`, { data: { role, expiresInHours: null } });
  expect(res.status()).toBe(201);
  const { link } = (await res.json()) as { link: { token: string } };
  return `/map/${mapId}?token=${encodeURIComponent(link.token)}`;
}

test('a commenter comments and mentions, the editor resolves, and the commenter cannot change the map', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  await alice.setViewportSize({ width: 1500, height: 900 });
  await bob.setViewportSize({ width: 1500, height: 900 });
  const mapId = await createMapViaApi(request, { title: 'Comments', template: 'sample' });
  await alice.goto(`/map/${mapId}`);
  await ready(alice);
  await expect(alice.getByTestId('role-badge')).toHaveCount(0);
  const link = await shareCommenterLink(alice, 'e2e/.screens/share-dialog.png');

  await bob.goto(link);
  await ready(bob);
  await expect(bob.getByTestId('role-badge')).toHaveText('Commenter');
  await expect(bob.getByRole('button', { name: 'Add touchpoint' })).toHaveCount(0);
  await expect(bob.getByRole('button', { name: 'Add stage' })).toHaveCount(0);
  await expect(bob.getByTestId('share-button')).toHaveCount(0);
  await expect(bob.locator('.stage-grip')).toHaveCount(0);

  // A drag with real mouse events moves nothing, on either screen.
  const before = await Promise.all([placeOf(alice, 'Agent call'), placeOf(bob, 'Agent call')]);
  const from = await centre(card(bob, 'Agent call'));
  const to = await centre(bob.getByTestId('stage-header').filter({ hasText: 'Resolution' }));
  await bob.mouse.move(from.x, from.y);
  await bob.mouse.down();
  await bob.mouse.move(from.x + 20, from.y + 5, { steps: 4 });
  await bob.mouse.move(to.x, from.y, { steps: 20 });
  await bob.mouse.up();
  expect(await Promise.all([placeOf(alice, 'Agent call'), placeOf(bob, 'Agent call')])).toEqual(before);

  // Delete and N do nothing; the side panel's fields cannot be typed in.
  await card(bob, 'Agent call').click();
  await expect(bob.getByTestId('touchpoint-panel')).toBeVisible();
  await bob.keyboard.press('Delete');
  await bob.keyboard.press('n');
  for (const page of [alice, bob]) await expect(page.getByTestId('touchpoint-card')).toHaveCount(11);
  await expect(card(bob, 'Agent call')).toHaveCount(1);
  const panel = bob.getByTestId('touchpoint-panel');
  await expect(panel.getByLabel('Title')).toBeDisabled();
  await expect(panel.getByLabel('Owner')).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Delete touchpoint' })).toBeHidden();

  // Bob comments on "Agent call", picking Alice from the @mention menu.
  const box = bob.getByLabel('Comment on this touchpoint');
  await box.pressSequentially('Can @Al');
  await expect(bob.getByTestId('mention-options')).toContainText('Alice');
  await box.press('Enter');
  await expect(box).toHaveValue('Can @Alice ');
  await box.pressSequentially('check why callers wait so long?');
  await expect(box).toHaveValue('Can @Alice check why callers wait so long?');
  await bob.getByTestId('selection-comments').getByRole('button', { name: 'Comment', exact: true }).click();
  const bobThread = bob.getByTestId('selection-comments').getByTestId('comment-thread');
  await expect(bobThread.getByTestId('comment').first()).toContainText(
    'Can @Alice check why callers wait so long?',
  );
  await expect(bobThread.getByTestId('comment-mention')).toHaveText('@Alice');
  await expect(card(bob, 'Agent call').getByTestId('comment-badge')).toHaveText('1');
  await bob.screenshot({ path: 'e2e/.screens/commenter-view.png' });

  // Alice sees the badge and the thread, with the mention, and resolves it.
  await expect(card(alice, 'Agent call').getByTestId('comment-badge')).toHaveText('1');
  await alice.getByTestId('comments-button').click();
  const comments = alice.getByTestId('comments-panel');
  const thread = comments.getByTestId('comment-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread.getByTestId('thread-anchor')).toHaveText('on touchpoint “Agent call”');
  await expect(thread.getByTestId('comment')).toContainText('Bob');
  await expect(thread.getByTestId('comment-mention')).toHaveText('@Alice');
  await alice.screenshot({ path: 'e2e/.screens/comments-panel.png' });
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(comments.getByTestId('comment-thread')).toHaveCount(0);
  await expect(card(alice, 'Agent call').getByTestId('comment-badge')).toHaveCount(0);

  // Bob sees it resolved: the badge goes, and the panel lists it under Resolved.
  await expect(card(bob, 'Agent call').getByTestId('comment-badge')).toHaveCount(0);
  await bob.getByTestId('comments-button').click();
  await bob.getByRole('tab', { name: /Resolved/ }).click();
  const resolved = bob.getByTestId('comments-panel').getByTestId('comment-thread');
  await expect(resolved).toHaveAttribute('data-status', 'resolved');
  await expect(resolved).toContainText('Resolved by Alice');
});

test('a revoked link shuts the open page, and a tampered one is refused', async ({ twoUsers, request }) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Revoke', template: 'sample' });
  await alice.goto(`/map/${mapId}`);
  await ready(alice);
  const link = await linkViaApi(request, mapId);
  await bob.goto(link);
  await ready(bob);
  await expect(bob.getByTestId('role-badge')).toHaveText('Commenter');

  await alice.getByTestId('share-button').click();
  const dialog = alice.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByTestId('share-link-row').getByRole('button', { name: 'Revoke' }).click();
  await alice
    .getByRole('dialog', { name: 'Revoke this link?' })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await expect(dialog.getByTestId('share-link-row')).toHaveAttribute('data-state', 'revoked');
  await expect(bob.getByText('This share link was revoked')).toBeVisible();
  await expect(bob.getByTestId('map-canvas')).toHaveCount(0);

  // One character changed: the signature no longer matches.
  const token = new URL(link, 'http://x').searchParams.get('token') ?? '';
  const flipped = token.slice(0, -3) + (token.at(-3) === 'A' ? 'B' : 'A') + token.slice(-2);
  await bob.goto(`/map/${mapId}?token=${encodeURIComponent(flipped)}`);
  await expect(bob.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  await expect(bob.getByTestId('map-canvas')).toHaveCount(0);
});

test('a viewer reads the threads but has no comment box', async ({ twoUsers, request }) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Viewer', template: 'sample' });
  await alice.goto(`/map/${mapId}`);
  await ready(alice);
  await card(alice, 'Status page').click();
  await alice.getByLabel('Comment on this touchpoint').fill('Is this page ever right?');
  await alice.getByTestId('selection-comments').getByRole('button', { name: 'Comment', exact: true }).click();

  await bob.goto(await linkViaApi(request, mapId, 'viewer'));
  await ready(bob);
  await expect(bob.getByTestId('role-badge')).toHaveText('Viewer');
  await expect(card(bob, 'Status page').getByTestId('comment-badge')).toHaveText('1');
  await card(bob, 'Status page').click();
  const section = bob.getByTestId('selection-comments');
  await expect(section.getByTestId('comment')).toContainText('Is this page ever right?');
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
  await bob.getByTestId('comments-button').click();
  await expect(bob.getByLabel('Comment on the map')).toHaveCount(0);
});
