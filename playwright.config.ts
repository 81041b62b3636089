import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * E2E against the real server and the built client (`npm run test:e2e` builds dist/ first).
 * Chromium comes from scripts/findChromium.mjs via CHROMIUM_PATH; Playwright's own browser download
 * is not needed.
 */
const PORT = Number(process.env.E2E_PORT ?? 4391);
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright loads this file in the runner and again in each worker; only the runner (the process
// that starts the webServer) makes the data dir, and workers inherit its path through the env.
if (!process.env.JOURNEY_E2E_DATA_DIR) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-'));
  process.env.JOURNEY_E2E_DATA_DIR = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}
const dataDir = process.env.JOURNEY_E2E_DATA_DIR;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-sandbox',
      ],
    },
  },
  webServer: {
    command: 'node_modules/.bin/tsx server/main.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      JOURNEY_DATA_DIR: dataDir,
      JOURNEY_LOG: 'silent',
      // Specs create many maps from one address; the limits themselves are integration-tested.
      JOURNEY_CREATE_PER_MINUTE: '600',
      JOURNEY_CREATE_BURST: '100',
      JOURNEY_FAILED_ATTEMPTS_PER_MINUTE: '600',
    },
  },
});
