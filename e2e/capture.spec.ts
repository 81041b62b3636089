import type { Page } from '@playwright/test';
import {
  cardTitled as card,
  createMapViaApi,
  expect,
  openMapFitted as open,
  storedMap as stored,
  test,
} from './fixtures';

/**
 * Capturing cards at the speed of the room: whatever is typed right after an "add" lands in what
 * was added, a card's title, channel and emotion take a few keys, and two people typing in one
 * field both keep their text. Every check reads the stored map back from the server.
 */
async function box(page: Page, testId: string, nth = 0) {
  const b = await page.getByTestId(testId).nth(nth).boundingBox();
  if (!b) throw new Error(`${testId} has no box`);
  return b;
}

test('typing right after double-click, "+ Touchpoint", N and "+ Why" goes into what was added, and nothing else', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Capture', template: 'sample' });
  await open(page, mapId);
  const before = await stored(request, mapId);

  // Double-click the empty Customer actions cell of the first stage, then type at once: every "n"
  // and "s" of it belongs to the title, none adds a card or a stage.
  const stage = await box(page, 'stage-header');
  const lane = await box(page, 'lane-actions');
  await page.mouse.dblclick(stage.x + 30, lane.y + lane.height / 2);
  await page.keyboard.type('Phone insurer');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.keyboard.type('Search plans online');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await page.keyboard.type('Send the survey');
  await page.keyboard.press('Enter');

  await page.getByTestId('pain-point').first().click();
  await page.getByRole('button', { name: '+ Why 1' }).click();
  await page.keyboard.type('Nobody watches the status feed');

  await expect
    .poll(async () => {
      const now = await stored(request, mapId);
      const added = now.touchpoints.filter((t) => !before.touchpoints.some((b) => b.id === t.id));
      return {
        stages: now.stages.map((s) => s.name),
        added: added.map((t) => t.title).sort(),
        whys: now.notes.flatMap((n) => n.whys ?? []),
      };
    })
    .toEqual({
      stages: before.stages.map((s) => s.name),
      added: ['Phone insurer', 'Search plans online', 'Send the survey'],
      whys: ['Nobody watches the status feed'],
    });
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(before.touchpoints.length + 3);
});

test('a card with title, channel and emotion: N, the title, Tab, P, Tab, -2 — and Tab goes on to the next card', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Keys', template: 'sample' });
  await open(page, mapId);
  await page.keyboard.press('n');
  await page.keyboard.type('Call the insurer');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Channel: / })).toBeFocused();
  await page.keyboard.press('p');
  await page.keyboard.press('Tab');
  await page.keyboard.type('-2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Wait on hold');
  await page.keyboard.press('Enter');
  // The same with Enter and the card keys: P twice cycles Phone → Partner, "1" is +1.
  await page.keyboard.press('c');
  await page.keyboard.press('1');

  await expect
    .poll(async () =>
      (await stored(request, mapId)).touchpoints
        .filter((t) => ['Call the insurer', 'Wait on hold'].includes(t.title))
        .map((t) => [t.title, t.channel, t.emotion]),
    )
    .toEqual([
      ['Call the insurer', 'phone', -2],
      ['Wait on hold', 'callback', 1],
    ]);
  await expect(card(page, 'Wait on hold')).toHaveAttribute('data-emotion', '1');
});

test('Enter, F2 and double-click edit a selected card in place; Escape takes the typing back', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'In place', template: 'sample' });
  await open(page, mapId);
  await card(page, 'Agent call').click();
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Touchpoint title' });
  await expect(title).toBeFocused();
  await page.keyboard.type(' back');
  await page.keyboard.press('Escape');
  await expect(title).toBeHidden();
  await expect(card(page, 'Agent call back')).toHaveCount(0);

  await page.keyboard.press('F2');
  await page.keyboard.type(' (tier 1)');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Agent call (tier 1)')).toHaveCount(1);

  await card(page, 'Status page').dblclick();
  await expect(title).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' says OK');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await stored(request, mapId)).touchpoints.map((t) => t.title))
    .toEqual(expect.arrayContaining(['Agent call (tier 1)', 'Status page says OK']));
});

test('two people typing in one title at the same moment both keep their text', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Same field', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  for (const page of [alice, bob]) await card(page, 'Agent call').click();
  const aliceTitle = alice.getByTestId('touchpoint-panel').getByLabel('Title', { exact: true });
  const bobTitle = bob.getByTestId('touchpoint-panel').getByLabel('Title', { exact: true });
  await aliceTitle.click();
  await alice.keyboard.press('Home');
  await bobTitle.click();
  await bob.keyboard.press('End');
  await Promise.all([
    alice.keyboard.type('First ', { delay: 35 }),
    bob.keyboard.type(' (Amir)', { delay: 35 }),
  ]);
  for (const field of [aliceTitle, bobTitle]) await expect(field).toHaveValue('First Agent call (Amir)');
  await expect
    .poll(async () => (await stored(request, mapId)).touchpoints.map((t) => t.title))
    .toContain('First Agent call (Amir)');

  // The same in a description, both typing at the end of each other's line.
  const aliceDesc = alice.getByTestId('touchpoint-panel').getByLabel('Description');
  const bobDesc = bob.getByTestId('touchpoint-panel').getByLabel('Description');
  await aliceDesc.click();
  await bobDesc.click();
  await Promise.all([
    alice.keyboard.type('Long hold. ', { delay: 30 }),
    bob.keyboard.type('Polite agent.', { delay: 30 }),
  ]);
  for (const field of [aliceDesc, bobDesc]) {
    await expect(field).toHaveValue(/Long hold\. /);
    await expect(field).toHaveValue(/Polite agent\./);
  }
  expect(await aliceDesc.inputValue()).toBe(await bobDesc.inputValue());
});
