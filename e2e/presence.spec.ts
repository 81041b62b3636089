import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * Live presence: who is here (avatars), where they point (cursors), what they selected (rings),
 * follow mode and "bring everyone here", and the name a person picks on a first visit.
 */

async function open(page: Page, mapId: string, query = '') {
  await page.goto(`/map/${mapId}${query}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

function card(page: Page, title: string): Locator {
  return page.getByTestId('touchpoint-card').filter({ hasText: title });
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The flow point at the centre of the canvas, and the zoom: what a follower must match. */
async function viewCentre(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const m = new DOMMatrixReadOnly(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    );
    return { x: (pane.width / 2 - m.e) / m.a, y: (pane.height / 2 - m.f) / m.a, zoom: m.a };
  });
}

/** How far apart two people's views are: flow units between their centres, and the zoom ratio. */
async function viewGap(a: Page, b: Page) {
  const [va, vb] = await Promise.all([viewCentre(a), viewCentre(b)]);
  return {
    distance: Math.round(Math.hypot(va.x - vb.x, va.y - vb.y)),
    zoomRatio: Number((va.zoom / vb.zoom).toFixed(2)),
  };
}

/** The flow rectangle a person's canvas shows. */
async function viewBox(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const m = new DOMMatrixReadOnly(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    );
    return { x: -m.e / m.a, y: -m.f / m.a, width: pane.width / m.a, height: pane.height / m.a };
  });
}

/**
 * Whether the follower sees the area the leader sees: the same centre, all of the leader's view box,
 * and no more than needed (tight on one side: the box is fitted with no padding).
 */
async function seesSameArea(follower: Page, leader: Page) {
  const [f, l] = await Promise.all([viewBox(follower), viewBox(leader)]);
  const centreGap = Math.hypot(
    f.x + f.width / 2 - (l.x + l.width / 2),
    f.y + f.height / 2 - (l.y + l.height / 2),
  );
  const contains = f.width >= l.width - 1 && f.height >= l.height - 1;
  const tight = Math.abs(f.width - l.width) <= 1 || Math.abs(f.height - l.height) <= 1;
  return { centred: centreGap <= 1, contains, tight };
}
const SAME_AREA = { centred: true, contains: true, tight: true };

/** The names of the stage headers wholly inside the page's canvas (not under the panel or off screen). */
async function headersInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="map-canvas"]')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[data-testid="stage-header"]')]
      .filter((h) => {
        const r = h.getBoundingClientRect();
        return (
          r.left >= pane.left - 0.5 &&
          r.right <= pane.right + 0.5 &&
          r.top >= pane.top - 0.5 &&
          r.bottom <= pane.bottom + 0.5
        );
      })
      .map((h) => h.querySelector('.stage-name')?.textContent ?? h.textContent ?? '');
  });
}

test('everyone on the map shows as an avatar, and a person who leaves disappears', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Avatars', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);

  const stack = alice.getByTestId('avatar-stack');
  const bobAvatar = stack.getByRole('button', { name: 'Bob', exact: true });
  await expect(bobAvatar).toHaveText('BO');
  await expect(bobAvatar).toHaveAttribute('data-tooltip', 'Bob');
  await expect(stack.getByRole('button').first()).toHaveAccessibleName('Alice (you)');
  await expect(stack).toHaveAttribute('data-count', '2');
  await expect(stack).toHaveAccessibleName('2 people on this map');
  await expect(
    bob.getByTestId('avatar-stack').getByRole('button', { name: 'Alice', exact: true }),
  ).toBeVisible();

  await bob.close();
  await expect(bobAvatar).toHaveCount(0, { timeout: 10_000 });
  await expect(stack).toHaveAttribute('data-count', '1');
});

test("a colleague's cursor lands on the same card on my screen, and goes when they leave the canvas", async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  // Different window sizes, hence different viewports: the cursor travels in flow coordinates.
  await alice.setViewportSize({ width: 1500, height: 900 });
  await bob.setViewportSize({ width: 1100, height: 800 });
  const mapId = await createMapViaApi(request, { title: 'Cursors', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  await alice.getByRole('button', { name: 'Fit', exact: true }).click();

  const target = await centre(card(bob, 'Router app restart'));
  await bob.mouse.move(target.x - 60, target.y - 40);
  await bob.mouse.move(target.x, target.y, { steps: 6 });

  const cursor = alice.getByTestId('peer-cursor').filter({ hasText: 'Bob' });
  await expect(cursor).toBeVisible();
  const onAlice = await centre(card(alice, 'Router app restart'));
  await expect
    .poll(async () => {
      const tip = await cursor.boundingBox();
      return tip ? Math.round(Math.hypot(tip.x - onAlice.x, tip.y - onAlice.y)) : Infinity;
    })
    .toBeLessThan(30);

  // Out of the canvas (up into the header): the cursor goes.
  await bob.mouse.move(target.x, 20, { steps: 6 });
  await expect(alice.getByTestId('peer-cursor')).toHaveCount(0);
});

test('a card a colleague selected shows their ring and name; the field they type in says so', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Rings', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);

  await card(bob, 'Status page').click();
  const aliceNode = alice.locator('.react-flow__node', { has: card(alice, 'Status page') });
  const ring = aliceNode.getByTestId('peer-ring');
  await expect(ring).toBeVisible();
  await expect(ring).toContainText('Bob');
  await expect(alice.getByTestId('peer-ring')).toHaveCount(1);

  // Bob types in the description; Alice, on the same card, sees who is editing that field.
  await bob.getByLabel('Description', { exact: true }).click();
  await card(alice, 'Status page').click();
  const hint = alice.getByTestId('side-panel').getByTestId('field-editors');
  await expect(hint).toHaveText('Bob is editing…');
  await expect(hint).toHaveCount(1);
  await bob.getByLabel('Description', { exact: true }).blur();
  await expect(hint).toHaveCount(0);

  // Bob selects something else: the ring moves with him.
  await card(bob, 'IVR menu').click();
  await expect(ring).toHaveCount(0);
  await expect(
    alice.locator('.react-flow__node', { has: card(alice, 'IVR menu') }).getByTestId('peer-ring'),
  ).toContainText('Bob');
});

test('following a colleague shows the area they see, on my screen, until I move myself', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  await alice.setViewportSize({ width: 1400, height: 900 });
  await bob.setViewportSize({ width: 1200, height: 800 });
  const mapId = await createMapViaApi(request, { title: 'Follow', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  await alice.getByRole('button', { name: 'Fit', exact: true }).click();

  await alice.getByTestId('avatar-stack').getByRole('button', { name: 'Bob', exact: true }).click();
  await alice.getByRole('menuitem', { name: 'Follow Bob' }).click();
  const banner = alice.getByTestId('follow-banner');
  await expect(banner).toContainText('Following Bob');
  await expect.poll(() => seesSameArea(alice, bob)).toEqual(SAME_AREA);

  // Bob zooms in with the controls and then with the wheel, over another part of the map.
  await bob.locator('.react-flow__controls-zoomin').click();
  await expect.poll(() => seesSameArea(alice, bob)).toEqual(SAME_AREA);
  const ivr = await centre(card(bob, 'Technician at home'));
  await bob.mouse.move(ivr.x, ivr.y);
  await bob.mouse.wheel(0, -300);
  await expect.poll(() => seesSameArea(alice, bob)).toEqual(SAME_AREA);
  const bobZoom = (await viewCentre(bob)).zoom;

  // Alice zooms herself: she stops following and Bob's next moves no longer move her.
  const middle = await centre(alice.getByTestId('map-canvas'));
  await alice.mouse.move(middle.x, middle.y);
  await alice.mouse.wheel(0, 250);
  await expect(banner).toHaveCount(0);
  const aliceView = await viewBox(alice);
  await bob.locator('.react-flow__controls-zoomout').click();
  await expect.poll(async () => (await viewCentre(bob)).zoom).toBeLessThan(bobZoom);
  expect(await viewBox(alice)).toEqual(aliceView);
});

test('a follower on a smaller screen sees every stage header the presenter sees', async ({
  twoUsers,
  request,
}) => {
  const { alice: presenter, bob: follower } = twoUsers;
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await follower.setViewportSize({ width: 1280, height: 720 });
  const mapId = await createMapViaApi(request, { title: 'Projector', template: 'sample' });
  await Promise.all([open(presenter, mapId), open(follower, mapId)]);
  await presenter.getByRole('button', { name: 'Fit', exact: true }).click();
  const stages = [
    'Notice problem',
    'Self-diagnose',
    'Contact support',
    'Technician visit',
    'Resolution',
    'Follow-up',
  ];
  await expect.poll(() => headersInView(presenter)).toEqual(stages);

  await follower.getByTestId('avatar-stack').getByRole('button', { name: 'Alice', exact: true }).click();
  await follower.getByRole('menuitem', { name: 'Follow Alice' }).click();
  await expect(follower.getByTestId('follow-banner')).toContainText('Following Alice');
  await expect.poll(() => headersInView(follower)).toEqual(stages);
  await expect.poll(() => seesSameArea(follower, presenter)).toEqual(SAME_AREA);
  await follower.screenshot({ path: 'e2e/.screens/follow-small-screen.png', animations: 'disabled' });
  await presenter.screenshot({ path: 'e2e/.screens/follow-presenter-1920.png', animations: 'disabled' });
});

test('"Bring everyone here" makes colleagues follow the facilitator', async ({ twoUsers, request }) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Summon', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  await alice.getByRole('button', { name: 'Fit', exact: true }).click();
  await bob.locator('.react-flow__controls-zoomin').click();
  await bob.locator('.react-flow__controls-zoomin').click();
  await expect.poll(async () => (await viewGap(alice, bob)).zoomRatio).not.toBe(1);

  // A facilitator's tool: Bob takes the free seat first.
  await bob.getByRole('button', { name: 'Take the facilitator seat' }).click();
  await bob.getByRole('button', { name: 'Facilitate ▾' }).click();
  await bob.getByRole('button', { name: 'Bring everyone here' }).click();
  await expect(alice.getByTestId('follow-banner')).toContainText('Following Bob');
  await expect.poll(() => seesSameArea(alice, bob)).toEqual(SAME_AREA);
  await alice.screenshot({ path: 'e2e/.screens/follow-mode.png', animations: 'disabled' });
  // Bob is not summoned by himself.
  await expect(bob.getByTestId('follow-banner')).toHaveCount(0);

  await alice.getByTestId('follow-banner').getByRole('button', { name: 'Stop' }).click();
  await expect(alice.getByTestId('follow-banner')).toHaveCount(0);
});

test('a first visit asks for a name and remembers it; ?name= skips the question', async ({
  browser,
  baseURL,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Names', template: 'sample' });
  const fresh = await browser.newContext({ baseURL });
  const other = await browser.newContext({ baseURL });
  try {
    const page = await fresh.newPage();
    await page.goto(`/map/${mapId}`);
    const prompt = page.getByRole('dialog', { name: 'What should we call you?' });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Join map' }).click();
    await expect(prompt.getByRole('alert')).toBeVisible();
    await prompt.getByRole('textbox', { name: 'Your name' }).fill('  Erin   Okafor ');
    await prompt.getByRole('button', { name: 'Join map' }).click();
    await expect(prompt).toHaveCount(0);
    const self = page.getByTestId('avatar-stack').getByRole('button', { name: 'Erin Okafor (you)' });
    await expect(self).toHaveText('EO');

    await page.reload();
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    await expect(self).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // A workshop link with ?name=: no question, and the name shows for everyone.
    const dana = await other.newPage();
    await open(dana, mapId, '?name=Dana');
    await expect(dana.getByTestId('avatar-stack').getByRole('button', { name: 'Dana (you)' })).toBeVisible();
    await expect(dana.getByRole('dialog')).toHaveCount(0);
    await expect(
      page.getByTestId('avatar-stack').getByRole('button', { name: 'Dana', exact: true }),
    ).toBeVisible();

    // Renaming from the own avatar's menu reaches the others at once.
    await dana.getByTestId('avatar-stack').getByRole('button', { name: 'Dana (you)' }).click();
    await dana.getByRole('menuitem', { name: 'Change name' }).click();
    const rename = dana.getByRole('dialog', { name: 'Change your name' });
    await rename.getByRole('textbox', { name: 'Your name' }).fill('Dana Smith');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByTestId('avatar-stack').getByRole('button', { name: 'Dana Smith', exact: true }),
    ).toHaveText('DS');
  } finally {
    await Promise.all([fresh.close(), other.close()]);
  }
});

/** A person with a fixed id, hence a known colour, so the screenshot looks the same every run. */
async function person(
  browser: Browser,
  baseURL: string | undefined,
  name: string,
  id: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1600, height: 1000 } });
  // A fixed person key: the person id, hence the colour, is derived from it.
  const personKey = id
    .replace(/[^A-Za-z0-9_-]/g, '')
    .padEnd(43, '0')
    .slice(0, 43);
  await context.addInitScript(
    ([key, value, keyName, keyValue]) => {
      localStorage.setItem(key, value);
      localStorage.setItem(keyName, keyValue);
    },
    ['journey.identity', JSON.stringify({ name }), 'journey.personKey', personKey] as const,
  );
  return context;
}

test('three people on one map: avatars, cursors and selection rings (screenshot)', async ({
  browser,
  baseURL,
  request,
}) => {
  // Blue, pink and teal (see model/userColor.ts).
  const contexts = await Promise.all([
    person(browser, baseURL, 'Alice', 'u_shot_alice2'),
    person(browser, baseURL, 'Bob', 'u_shot_bob2'),
    person(browser, baseURL, 'Carmen', 'u_shot_carmen2'),
  ]);
  try {
    const [alice, bob, carmen] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page, Page];
    const mapId = await createMapViaApi(request, {
      title: 'Home internet: connection drops',
      template: 'sample',
    });
    await Promise.all([open(alice, mapId), open(bob, mapId), open(carmen, mapId)]);
    // A little closer, zooming around the top-left corner so stage headers and lane labels stay in view.
    const pane = await alice.getByTestId('map-canvas').boundingBox();
    if (!pane) throw new Error('no canvas');
    await alice.mouse.move(pane.x + 4, pane.y + 4);
    await alice.mouse.wheel(0, -90);

    // Bob edits the agent call's description; Carmen looks at the IVR menu; Alice has the agent call open.
    await card(bob, 'Agent call').click();
    await bob.getByLabel('Description', { exact: true }).click();
    await card(carmen, 'IVR menu').click();
    await card(alice, 'Agent call').click();

    const bobAt = await centre(card(bob, 'Agent call'));
    await bob.mouse.move(bobAt.x + 30, bobAt.y + 20, { steps: 4 });
    const carmenAt = await centre(
      carmen.getByTestId('pain-point').filter({ hasText: 'IVR has no outage option' }),
    );
    await carmen.mouse.move(carmenAt.x - 20, carmenAt.y + 10, { steps: 4 });

    await expect(alice.getByTestId('avatar-stack')).toHaveAttribute('data-count', '3');
    await expect(alice.getByTestId('peer-cursor')).toHaveCount(2);
    await expect(alice.getByTestId('peer-ring')).toHaveCount(2);
    await expect(alice.getByTestId('field-editors')).toHaveText('Bob is editing…');
    // Park Alice's own pointer on the header, out of the picture.
    await alice.mouse.move(800, 28);
    // 'disabled' finishes the cursors' short glide instead of catching them mid-way.
    await alice.screenshot({ path: 'e2e/.screens/three-people.png', animations: 'disabled' });
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
