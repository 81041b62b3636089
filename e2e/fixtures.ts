import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';

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

/**
 * Gives a browser context a remembered identity (as if the person had picked a name on a first visit),
 * so the name prompt does not stand in the way of tests about something else.
 */
export async function withIdentity(context: BrowserContext, name: string): Promise<BrowserContext> {
  const id = `u_e2e_${name.toLowerCase().replace(/[^a-z0-9]/g, '')}_${Math.random().toString(36).slice(2, 8)}`;
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    ['journey.identity', JSON.stringify({ id, name })] as const,
  );
  return context;
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
