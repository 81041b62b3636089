#!/usr/bin/env node
// Finds a Chromium for the e2e tests. Playwright cannot download its own browsers on every machine
// (no internet besides package registries), so this falls back to the system's chromium.
//
// Order: $CHROMIUM_PATH / $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH; Playwright's downloaded browser;
// /usr/bin/chromium, /usr/bin/chromium-browser; as root on Debian, `apt-get install chromium`.
//
// CLI: `node scripts/findChromium.mjs` prints the path, or one line saying what to install and exits 1.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MISSING_MESSAGE =
  "e2e needs Chromium: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH";

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

async function playwrightChromium() {
  for (const mod of ['playwright-core', '@playwright/test']) {
    try {
      const { chromium } = await import(mod);
      const path = chromium?.executablePath?.();
      if (path && existsSync(path)) return path;
    } catch {
      // module missing or no browser registry: try the next one
    }
  }
  return undefined;
}

function installDebianChromium(log) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) return undefined;
  log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
  try {
    execSync('apt-get update -qq && apt-get install -y -qq chromium', {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    return undefined;
  }
  return SYSTEM_PATHS.find((p) => existsSync(p));
}

/**
 * Returns the path of a Chromium executable, or undefined when none could be found or installed.
 * @param {{ install?: boolean, log?: (msg: string) => void }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function findChromium({ install = true, log = (msg) => console.error(msg) } = {}) {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const value = process.env[name];
    if (value) {
      if (existsSync(value)) return value;
      log(`${name}=${value} does not exist; looking elsewhere`);
    }
  }
  const bundled = await playwrightChromium();
  if (bundled) return bundled;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  return install ? installDebianChromium(log) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await findChromium({ install: !process.argv.includes('--no-install') });
  if (path) {
    console.log(path);
  } else {
    console.error(MISSING_MESSAGE);
    process.exit(1);
  }
}
