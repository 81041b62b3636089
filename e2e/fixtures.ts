import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

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

/** Two people on separate browser contexts (own storage, own IndexedDB, own presence). */
export interface TwoUsers {
  alice: Page;
  bob: Page;
}

export const test = base.extend<{ twoUsers: TwoUsers }>({
  twoUsers: async ({ browser, baseURL }, use) => {
    const aliceContext = await browser.newContext({ baseURL });
    const bobContext = await browser.newContext({ baseURL });
    try {
      await use({ alice: await aliceContext.newPage(), bob: await bobContext.newPage() });
    } finally {
      await Promise.all([aliceContext.close(), bobContext.close()]);
    }
  },
});

export { expect };
