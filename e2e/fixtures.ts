import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';

/**
 * Shared e2e helpers. Specs import `test` and `expect` from here instead of '@playwright/test'.
 */

export interface NewMap {
  title: string;
  /** Template to start from (e.g. the sample map); the server's default when left out. */
  template?: string;
}

/** Creates a map through the HTTP API (POST /api/maps) and returns its id. */
export async function createMapViaApi(request: APIRequestContext, map: NewMap): Promise<string> {
  const res = await request.post('/api/maps', { data: map });
  expect(res.ok(), `POST /api/maps → ${res.status()} ${await res.text()}`).toBe(true);
  const body = (await res.json()) as { id?: unknown; map?: { id?: unknown } };
  const id = body.id ?? body.map?.id;
  if (typeof id !== 'string' || id === '')
    throw new Error(`POST /api/maps returned no id: ${JSON.stringify(body)}`);
  return id;
}

/** sessionStorage key of the dismissed open-server notice (client/ui/OpenServerBanner.tsx). */
export const OPEN_NOTICE_DISMISSED_KEY = 'journey.openServerNotice.dismissed';

/** Starts every page of `context` with the open-server notice dismissed, as after a first visit. */
export async function withOpenNoticeDismissed(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript((key) => sessionStorage.setItem(key, '1'), OPEN_NOTICE_DISMISSED_KEY);
  return context;
}

/**
 * Gives a browser context a remembered identity (as if the person had picked a name on a first visit),
 * so the name prompt does not stand in the way of tests about something else. The open-server notice
 * starts dismissed for the same reason (e2e/openServer.spec.ts tests it).
 */
export async function withIdentity(context: BrowserContext, name: string): Promise<BrowserContext> {
  await withOpenNoticeDismissed(context);
  const id = `u_e2e_${name.toLowerCase().replace(/[^a-z0-9]/g, '')}_${Math.random().toString(36).slice(2, 8)}`;
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    ['journey.identity', JSON.stringify({ id, name })] as const,
  );
  return context;
}

/** Opens a map and waits until it is connected (a map may have no card yet). */
export async function openMapConnected(page: Page, mapId: string): Promise<void> {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
}

/**
 * Opens a map, waits for the first sync and presses Fit, as a person does before working on it; the
 * stage headers are then on screen.
 */
export async function openMapFitted(page: Page, mapId: string): Promise<void> {
  await openMapConnected(page, mapId);
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
  await expect(page.getByTestId('stage-header').first()).toBeInViewport({ ratio: 0.95 });
}

/** A touchpoint card by (part of) its title. */
export const cardTitled = (page: Page, title: string) =>
  page.getByTestId('touchpoint-card').filter({ hasText: title });

/** The map as the server stores it (its JSON export): what every check of "it was saved" reads. */
export async function storedMap<T = StoredMap>(request: APIRequestContext, mapId: string): Promise<T> {
  const res = await request.get(`/api/maps/${mapId}/export.json`);
  expect(res.ok(), `GET export.json → ${res.status()}`).toBe(true);
  return ((await res.json()) as { map: T }).map;
}

/** The parts of a stored map the specs read. */
export interface StoredMap {
  stages: Array<{ id: string; name: string }>;
  touchpoints: Array<{ id: string; title: string; channel: string; emotion: number; stageId: string }>;
  connections: Array<{ id: string; from: string; to: string; label?: string; volume?: number }>;
  notes: Array<{ id: string; kind: string; text: string; whys?: string[] }>;
}

/** Two people on separate browser contexts (own storage, own IndexedDB, own presence). */
export interface TwoUsers {
  alice: Page;
  bob: Page;
}

export const test = base.extend<{ twoUsers: TwoUsers }>({
  context: async ({ context }, use) => {
    await use(await withIdentity(context, 'Casey Tester'));
  },
  twoUsers: async ({ browser, baseURL }, use) => {
    const aliceContext = await withIdentity(await browser.newContext({ baseURL }), 'Alice');
    const bobContext = await withIdentity(await browser.newContext({ baseURL }), 'Bob');
    try {
      await use({ alice: await aliceContext.newPage(), bob: await bobContext.newPage() });
    } finally {
      await Promise.all([aliceContext.close(), bobContext.close()]);
    }
  },
});

export { expect };
