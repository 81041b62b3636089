import fs from 'node:fs';
import path from 'node:path';
import { errorMessage, type Logger } from '../log';

/**
 * Makes sure the data dir exists (created 0700: it holds every map and the link-signing secret)
 * and that this process can write to it, by creating and removing a file. A read-only dir would
 * otherwise start "healthy" and fail every write; this stops the start with a sentence instead.
 */
export function prepareDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new Error(`data dir ${dir} cannot be created (${errorMessage(err)}); set JOURNEY_DATA_DIR`);
  }
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, '', { mode: 0o600 });
    fs.rmSync(probe);
  } catch (err) {
    throw new Error(
      `data dir ${dir} is not writable (${errorMessage(err)}); fix its permissions or set JOURNEY_DATA_DIR`,
    );
  }
}

/** Logs a warning for each file that the group or other users can read or write (e.g. 0644). */
export function warnIfReadableByOthers(files: string[], logger: Logger): void {
  for (const file of files) {
    let mode: number;
    try {
      mode = fs.statSync(file).mode & 0o777;
    } catch {
      continue;
    }
    if ((mode & 0o077) === 0) continue;
    logger.warn('datadir.readable_by_others', {
      file,
      mode: mode.toString(8).padStart(4, '0'),
      hint: `chmod 600 ${file}`,
    });
  }
}
