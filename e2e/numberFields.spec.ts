import type { APIRequestContext, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * Number fields (NPS, CSAT, sample size, a route's volume) refuse what the map cannot hold: they say
 * what is allowed next to the field, keep the saved figure in sight, and never write.
 */

interface StoredMap {
  map: {
    touchpoints: Array<{ id: string; title: string; voc?: { nps?: number; csat?: number } }>;
    connections: Array<{ from: string; to: string; volume?: number }>;
  };
}

/** The map as the server holds it (the export reads the live room). */
async function stored(request: APIRequestContext, mapId: string): Promise<StoredMap['map']> {
  const res = await request.get(`/api/maps/${mapId}/export.json`);
  return ((await res.json()) as StoredMap).map;
}

async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
}

test('an out-of-range NPS says what is allowed, shows the saved figure and is never written', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Numbers', template: 'sample' });
  await open(page, mapId);
  await page.getByTestId('touchpoint-card').filter({ hasText: 'Status page' }).click();
  const panel = page.getByTestId('side-panel');
  const nps = panel.getByLabel('NPS', { exact: true });
  await expect(nps).toHaveValue('-20');

  await nps.fill('250');
  const message = panel.getByRole('alert');
  await expect(message).toHaveText('Allowed: a whole number from -100 to 100. Saved: -20.');
  await expect(message).toBeInViewport();
  await expect(nps).toHaveAttribute('aria-invalid', 'true');
  await expect(nps).toHaveAccessibleDescription(/Allowed: a whole number from -100 to 100/);

  // Leaving the field puts the saved figure back; the message stays and says what was not saved.
  await nps.press('Tab');
  await expect(nps).toHaveValue('-20');
  await expect(message).toHaveText('Allowed: a whole number from -100 to 100. “250” was not saved.');
  await page.screenshot({ path: 'e2e/.screens/number-field-refused.png' });
  expect((await stored(request, mapId)).touchpoints.find((t) => t.title === 'Status page')?.voc?.nps).toBe(
    -20,
  );

  // Text that is no number at all gets the same answer; a valid figure is written and its message goes.
  const csat = panel.getByLabel('CSAT', { exact: true });
  await csat.fill('great');
  const csatMessage = panel.getByRole('alert').filter({ hasText: 'from 1 to 5' });
  await expect(csatMessage).toHaveText('Allowed: a number from 1 to 5. Saved: none.');
  await csat.fill('4,5');
  await expect(csatMessage).toHaveCount(0);
  await csat.press('Enter');
  await expect
    .poll(
      async () =>
        (await stored(request, mapId)).touchpoints.find((t) => t.title === 'Status page')?.voc?.csat,
    )
    .toBe(4.5);
  await expect(csat).toHaveValue('4.5');
});

test('a negative route volume is refused next to the field and the route keeps its volume', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Volumes', template: 'sample' });
  await open(page, mapId);
  await page.getByTestId('touchpoint-card').filter({ hasText: 'Agent call' }).click();
  await page.getByRole('button', { name: 'Route details from Status page' }).click();
  const volume = page.getByTestId('connection-panel').getByLabel('Volume per month');
  await volume.fill('1200');
  await volume.press('Enter');
  const route = async () => {
    const map = await stored(request, mapId);
    const id = (title: string) => map.touchpoints.find((t) => t.title === title)?.id;
    return map.connections.find((c) => c.from === id('Status page') && c.to === id('Agent call'));
  };
  await expect.poll(async () => (await route())?.volume).toBe(1200);

  await volume.fill('-50');
  await expect(page.getByRole('alert')).toHaveText('Allowed: a whole number, 0 or more. Saved: 1200.');
  await volume.press('Enter');
  await expect(volume).toHaveValue('1200');
  await expect(page.getByRole('alert')).toHaveText(
    'Allowed: a whole number, 0 or more. “-50” was not saved.',
  );
  expect((await route())?.volume).toBe(1200);
});
