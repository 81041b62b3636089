import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log';

/** Shorter secrets make share-link signatures guessable. */
export const MIN_SECRET_LENGTH = 32;
export const SECRET_FILE = 'secret.key';

/**
 * The key that signs share links. JOURNEY_SECRET wins (several processes, or a secret manager);
 * otherwise one is generated on first start into `<dataDir>/secret.key` (mode 0600) and read back
 * on every later start, so links keep working across restarts. Deleting the file invalidates
 * every link ever shared.
 */
export function loadServerSecret(dataDir: string, fromEnv: string | undefined, logger: Logger): string {
  if (fromEnv !== undefined) return checked(fromEnv, 'JOURNEY_SECRET');
  const file = path.join(dataDir, SECRET_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const secret = randomBytes(32).toString('base64url');
    // 'wx': never overwrite — a second process starting at the same moment keeps the first one's.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    logger.info('access.secret_created', { file });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return checked(fs.readFileSync(file, 'utf8').trim(), file);
}

function checked(secret: string, source: string): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`${source} must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  return secret;
}
