import type { Page } from '@playwright/test';
import { newPersonKey, PERSON_HEADER } from '../model';
import { cardTitled, createMapViaApi, expect, openMapFitted, test } from './fixtures';

/**
 * Live VoC data in, as people do it: an editor uploads a survey CSV through the Data dialog (mapping,
 * preview, errors block the import), and the owner creates an API token a survey tool pushes with;
 * a colleague's open editor follows both without a reload.
 */

/** A CSV as a survey tool exports it. */
const csvOf = (rows: readonly string[]) => Buffer.from(rows.join('\r\n') + '\r\n', 'utf8');

/** Makes a card's emotion follow its CSAT figures, through its panel. */
async function emotionFromCsat(page: Page, title: string) {
  await cardTitled(page, title).click();
  const details = page.getByTestId('touchpoint-panel');
  await details.getByLabel('Emotion from').selectOption('csat');
  return details;
}

async function chooseCsv(page: Page, name: string, rows: readonly string[]) {
  const dialog = page.getByRole('dialog', { name: 'Metrics data' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose (a CSV|another) file/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: csvOf(rows) });
  await expect(dialog.getByText(name, { exact: true })).toBeVisible();
  return dialog;
}

test('a survey CSV: preview, a bad row blocks it, the fixed file lands on the cards for everyone', async ({
  twoUsers,
  request,
}) => {
  // Two editors on one machine shared with other runs: give them room.
  test.slow();
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Survey upload', template: 'sample' });
  await openMapFitted(alice, mapId);
  await openMapFitted(bob, mapId);
  const details = await emotionFromCsat(alice, 'Agent call');
  // The sample's CSAT 4.2 (no dated points yet) drives it.
  await expect(cardTitled(bob, 'Agent call')).toHaveAttribute('data-emotion', '1');

  await details.getByRole('button', { name: 'Import metrics CSV…' }).click();
  const header = 'Touchpoint,Metric,Value,Sample,Date,Comment';
  let dialog = await chooseCsv(alice, 'bad-survey.csv', [
    header,
    'Agent call,CSAT,1.2,210,2026-11-30,On hold for forty minutes',
    'Status page,NPS,-35,80,2026-11-30,',
    'Nowhere card,CSAT,4,10,2026-11-30,',
  ]);
  // Columns guessed from the headers.
  await expect(dialog.getByLabel('Column for Touchpoint')).toHaveValue('0');
  await expect(dialog.getByLabel('Column for Verbatim')).toHaveValue('5');
  await expect(dialog.getByTestId('metrics-csv-counts')).toHaveText(
    '2 points for 2 touchpoints · 1 verbatim · 1 row with errors',
  );
  const rows = dialog.getByTestId('metrics-csv-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Agent call');
  await expect(rows.nth(0)).toContainText('CSAT');
  await expect(rows.nth(0)).toContainText('1.2');
  await expect(rows.nth(0)).toContainText('2026-11-30');
  await expect(rows.nth(2)).toContainText('no touchpoint called "Nowhere card"');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await alice.screenshot({ path: '/tmp/metrics-csv-errors.png' });

  dialog = await chooseCsv(alice, 'survey.csv', [
    header,
    'Agent call,CSAT,1.2,210,2026-11-30,On hold for forty minutes',
    'Status page,NPS,-35,80,2026-11-30,',
  ]);
  await expect(dialog.getByTestId('metrics-csv-counts')).toHaveText(
    '2 points for 2 touchpoints · 1 verbatim',
  );
  await alice.screenshot({ path: '/tmp/metrics-csv-preview.png' });
  await dialog.getByRole('button', { name: 'Import 2 points and 1 verbatim' }).click();
  await expect(dialog).toBeHidden();
  await expect(alice.getByText('Imported 2 points and 1 verbatim from survey.csv')).toBeVisible();

  // CSAT 1.2 is the latest figure: the card's emotion follows it, here and in the other context.
  for (const page of [alice, bob]) {
    const card = cardTitled(page, 'Agent call');
    await expect(card).toHaveAttribute('data-emotion', '-2');
    await expect(card.getByTestId('tp-emotion')).toHaveAttribute('data-measured', 'true');
  }
  await expect(details.getByText('On hold for forty minutes')).toBeVisible();
  await details.getByRole('button', { name: 'Import metrics CSV…' }).scrollIntoViewIfNeeded();
  await alice.screenshot({ path: '/tmp/metrics-voc-section.png' });
});

test('the owner creates an API token, a push with it updates the open map live, revoked it is refused', async ({
  twoUsers,
  request,
}) => {
  // Two editors on one machine shared with other runs: give them room.
  test.slow();
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Survey feed', template: 'sample' });
  await openMapFitted(alice, mapId);
  await openMapFitted(bob, mapId);
  await emotionFromCsat(alice, 'Agent call');
  await expect(cardTitled(bob, 'Agent call')).toHaveAttribute('data-emotion', '1');

  await alice.getByRole('button', { name: 'Data: import metrics, API tokens' }).click();
  const dialog = alice.getByRole('dialog', { name: 'Metrics data' });
  await dialog.getByRole('tab', { name: 'API tokens' }).click();
  await expect(dialog.getByText('No tokens yet.')).toBeVisible();
  await dialog.getByLabel('New token for').fill('Medallia nightly');
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const secret = await dialog.getByLabel('API token', { exact: true }).inputValue();
  expect(secret).toMatch(/^jmt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
  const curl = await dialog.getByLabel('curl example', { exact: true }).inputValue();
  expect(curl).toContain(`/api/maps/${mapId}/metrics`);
  expect(curl).toContain(`Bearer ${secret}`);
  await expect(dialog.getByTestId('api-token-row')).toHaveCount(1);
  await expect(dialog.getByTestId('api-token-row')).toContainText('never used');
  await alice.screenshot({ path: '/tmp/metrics-token-created.png' });
  await dialog.getByRole('button', { name: 'I have copied it' }).click();
  await expect(dialog.getByTestId('new-api-token')).toBeHidden();

  // A survey tool pushes with it: both open editors follow, no reload.
  const push = (value: number) =>
    request.post(`/api/maps/${mapId}/metrics`, {
      headers: { Authorization: `Bearer ${secret}` },
      data: {
        points: [{ touchpoint: 'Agent call', kind: 'csat', value, sample: 90, source: 'Medallia' }],
        verbatims: [{ touchpoint: 'Agent call', text: 'Nobody called me back' }],
      },
    });
  const pushed = await push(1.2);
  expect(pushed.status(), await pushed.text()).toBe(200);
  expect(await pushed.json()).toEqual({ written: { points: 1, verbatims: 1 } });
  for (const page of [alice, bob]) {
    await expect(cardTitled(page, 'Agent call')).toHaveAttribute('data-emotion', '-2');
  }

  // Reopened, the list says it was used; revoking asks first, then the token is refused.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await alice.getByRole('button', { name: 'Data: import metrics, API tokens' }).click();
  await dialog.getByRole('tab', { name: 'API tokens' }).click();
  const row = dialog.getByTestId('api-token-row');
  await expect(row).toContainText('last used just now');
  await row.getByRole('button', { name: 'Revoke Medallia nightly' }).click();
  const confirm = alice.getByRole('dialog', { name: 'Revoke “Medallia nightly”?' });
  await confirm.getByRole('button', { name: 'Revoke token' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  const refused = await push(4.8);
  expect(refused.status()).toBe(401);
  await expect(cardTitled(bob, 'Agent call')).toHaveAttribute('data-emotion', '-2');
});

test('an editor who does not own the map is told why they cannot manage tokens', async ({
  page,
  request,
}) => {
  const owner = newPersonKey();
  const res = await request.post('/api/maps', {
    data: { title: 'Someone else’s map', template: 'sample' },
    headers: { [PERSON_HEADER]: owner },
  });
  const { map } = (await res.json()) as { map: { id: string } };
  await openMapFitted(page, map.id);
  await page.getByRole('button', { name: 'Data: import metrics, API tokens' }).click();
  const dialog = page.getByRole('dialog', { name: 'Metrics data' });
  await dialog.getByRole('tab', { name: 'API tokens' }).click();
  await expect(dialog.getByTestId('api-tokens-owner-only')).toContainText(
    'Only the map’s owner can manage API tokens',
  );
  await expect(dialog.getByRole('button', { name: 'Create token' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/metrics-tokens-owner-only.png' });
});
