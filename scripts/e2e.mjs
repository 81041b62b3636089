#!/usr/bin/env node
// `npm run test:e2e`: finds Chromium, builds the client so the tests run against the real bundle,
// then runs Playwright (playwright.config.ts starts the server). Extra args go to `playwright test`,
// e.g. `npm run test:e2e -- e2e/smoke.spec.ts --headed`. Set E2E_SKIP_BUILD=1 to reuse dist/.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, MISSING_MESSAGE } from './findChromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const chromium = await findChromium();
if (!chromium) {
  console.error(MISSING_MESSAGE);
  process.exit(1);
}
console.log(`e2e: Chromium at ${chromium}`);

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('e2e: client build failed');
    process.exit(build.status ?? 1);
  }
}

const child = spawn(bin('playwright'), ['test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
