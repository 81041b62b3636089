import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createMapViaApi, expect, test, withIdentity } from './fixtures';

/**
 * The server goes away mid-workshop. This spec runs its own server (not the shared webServer) so
 * it can kill it and start it again on the same port and data directory: people keep editing,
 * a reload still opens the map (service worker + IndexedDB), and on reconnect every edit from
 * both sides is merged.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.E2E_OFFLINE_PORT ?? 4555);
const SERVER_URL = `http://127.0.0.1:${PORT}`;

let server: ChildProcess | null = null;
let dataDir = '';

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`${SERVER_URL}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function startServer(): Promise<void> {
  expect(await healthy(), `something already answers on port ${PORT}`).toBe(false);
  // Its own process group, so a kill takes tsx's child node process with it.
  server = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      JOURNEY_DATA_DIR: dataDir,
      JOURNEY_STATIC_DIR: path.join(ROOT, 'dist'),
      JOURNEY_LOG: 'silent',
    },
  });
  await expect.poll(healthy, { timeout: 30_000 }).toBe(true);
}

/** SIGKILL: a crash, not a clean shutdown (no 1001 close frame, no compaction). */
async function killServer(): Promise<void> {
  const proc = server;
  server = null;
  if (!proc?.pid || proc.exitCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  process.kill(-proc.pid, 'SIGKILL');
  await exited;
  await expect.poll(healthy).toBe(false);
}

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-offline-'));
  await startServer();
});

test.afterAll(async () => {
  await killServer();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const status = (page: Page) => page.getByTestId('connection-status');
const stageNames = (page: Page) => page.getByTestId('stage-header').locator('.stage-name').allInnerTexts();
const cardTitles = async (page: Page) =>
  (await page.getByTestId('touchpoint-card').locator('.tp-title').allInnerTexts()).sort();

test('both sides keep editing while the server is down, a reload still opens the map, and everything merges', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL: SERVER_URL });
  const mapId = await createMapViaApi(api, { title: 'Server outage', template: 'blank' });
  await api.dispose();
  const aliceCtx = await withIdentity(await browser.newContext({ baseURL: SERVER_URL }), 'Alice');
  const bobCtx = await withIdentity(await browser.newContext({ baseURL: SERVER_URL }), 'Bob');
  try {
    const alice = await aliceCtx.newPage();
    const bob = await bobCtx.newPage();
    await Promise.all([alice.goto(`/map/${mapId}`), bob.goto(`/map/${mapId}`)]);
    for (const page of [alice, bob]) {
      await expect(status(page)).toHaveAttribute('data-status', 'connected');
      await expect(status(page)).toHaveAttribute('data-unsynced', '0');
      await expect(status(page)).toHaveText('Synced');
      await expect(page.getByTestId('stage-header')).toHaveCount(6);
    }
    // The service worker has cached the app shell once it is ready (its install waits for that).
    await alice.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await killServer();
    for (const page of [alice, bob])
      await expect(status(page)).toHaveAttribute('data-status', /^(offline|reconnecting)$/);

    // Alice adds a stage; Bob renames another one and adds a touchpoint to it.
    await alice.getByRole('button', { name: 'Add stage', exact: true }).click();
    await alice.getByLabel('Stage name').fill('Alice offline');
    await alice.getByLabel('Stage name').press('Enter');
    await bob.getByRole('button', { name: 'Rename stage Consider', exact: true }).click();
    await bob.getByLabel('Stage name').fill('Bob renamed');
    await bob.getByLabel('Stage name').press('Enter');
    await bob
      .getByTestId('stage-header')
      .filter({ hasText: 'Bob renamed' })
      .getByRole('button', { name: 'Bob renamed', exact: true })
      .click();
    await bob.getByRole('button', { name: 'Add touchpoint', exact: true }).click();
    await bob.getByLabel('Title', { exact: true }).fill('Bob offline card');
    await bob.getByLabel('Title', { exact: true }).press('Enter');
    await expect(bob.getByTestId('touchpoint-card').filter({ hasText: 'Bob offline card' })).toBeVisible();
    for (const page of [alice, bob]) await expect(status(page)).not.toHaveAttribute('data-unsynced', '0');
    await expect(status(bob)).toContainText('unsynced change');
    await expect(bob.getByTestId('stage-header').filter({ hasText: 'Alice offline' })).toHaveCount(0);

    // A reload with the server down: the shell from the service worker, the map from IndexedDB.
    await alice.reload();
    await expect(alice.getByTestId('stage-header').filter({ hasText: 'Alice offline' })).toBeVisible();
    await expect(alice.getByTestId('stage-header')).toHaveCount(7);
    expect(await alice.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(status(alice)).toHaveAttribute('data-status', 'offline');
    await expect(status(alice)).not.toHaveAttribute('data-unsynced', '0');

    // The server comes back on the same port and data: both reconnect, merge and confirm.
    await startServer();
    for (const page of [alice, bob]) {
      await expect(status(page)).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
      await expect(status(page)).toHaveAttribute('data-unsynced', '0');
      await expect(status(page)).toHaveText('Synced');
      await expect(page.getByTestId('stage-header')).toHaveCount(7);
      await expect(page.getByTestId('touchpoint-card').filter({ hasText: 'Bob offline card' })).toBeVisible();
    }
    const names = await stageNames(alice);
    expect(names).toEqual(expect.arrayContaining(['Alice offline', 'Bob renamed', 'Aware']));
    expect(names).not.toContain('Consider');
    expect(await stageNames(bob)).toEqual(names);
    expect(await cardTitles(bob)).toEqual(await cardTitles(alice));
  } finally {
    await Promise.all([aliceCtx.close(), bobCtx.close()]);
  }
});
