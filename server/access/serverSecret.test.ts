import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { loadServerSecret, SECRET_FILE } from './serverSecret';

describe('loadServerSecret', () => {
  let dir: string;
  const logger = createLogger('silent');
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-secret-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('generates a secret once, readable only by the owner, and reuses it', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const first = loadServerSecret(dataDir, undefined, logger);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const stat = await fs.stat(path.join(dataDir, SECRET_FILE));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(loadServerSecret(dataDir, undefined, logger)).toBe(first);
  });

  it('prefers JOURNEY_SECRET and leaves the data dir alone', async () => {
    const secret = 'e'.repeat(32);
    expect(loadServerSecret(dir, secret, logger)).toBe(secret);
    await expect(fs.stat(path.join(dir, SECRET_FILE))).rejects.toThrow();
    expect(() => loadServerSecret(dir, 'short', logger)).toThrow(/at least 32/);
  });

  it('refuses a damaged secret file instead of replacing it', async () => {
    await fs.writeFile(path.join(dir, SECRET_FILE), 'tiny\n');
    expect(() => loadServerSecret(dir, undefined, logger)).toThrow(/secret\.key/);
  });
});
