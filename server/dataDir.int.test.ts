import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
/** Root writes through any mode bits, so a chmod'ed dir stays writable for it. */
const IS_ROOT = process.getuid?.() === 0;

/**
 * Runs `server/main.ts` in a child process until it prints `server.ready` (then stops it with
 * SIGTERM) or exits by itself; resolves with its exit code and everything it printed.
 */
function runServer(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server', 'main.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', JOURNEY_DATA_DIR: dataDir, JOURNEY_LOG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('server.ready')) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('data dir', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) {
      fs.chmodSync(dir, 0o700);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-datadir-'));
    dirs.push(dir);
    return dir;
  }

  it('creates the data dir 0700 and the database and secret 0600, with no warning', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const run = await runServer(dataDir);
    expect(run.output).toContain('server.ready');
    const mode = (file: string) => fs.statSync(file).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'journey.sqlite'))).toBe(0o600);
    expect(mode(path.join(dataDir, 'secret.key'))).toBe(0o600);
    expect(run.output).not.toContain('datadir.readable_by_others');
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('.write-probe'))).toEqual([]);
  });

  it('warns at start when the secret or the database can be read by others', async () => {
    const dataDir = tempDir();
    await runServer(dataDir);
    fs.chmodSync(path.join(dataDir, 'secret.key'), 0o644);
    fs.chmodSync(path.join(dataDir, 'journey.sqlite'), 0o640);
    const run = await runServer(dataDir);
    expect(run.output).toContain('server.ready');
    expect(run.output).toMatch(/WARN datadir\.readable_by_others file=\S+secret\.key mode=0644/);
    expect(run.output).toMatch(/WARN datadir\.readable_by_others file=\S+journey\.sqlite mode=0640/);
  });

  it('exits 1 with a clear message when the data dir cannot be created', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const run = await runServer(path.join(file, 'data'));
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/server\.start_failed error=".*data dir \S+ cannot be created/);
  });

  // As root the mode bits do not stop writes, so there is no read-only dir to test with.
  it.skipIf(IS_ROOT)(
    'exits 1 with a clear message on a read-only data dir that holds a database',
    async () => {
      const dataDir = tempDir();
      await runServer(dataDir);
      fs.chmodSync(dataDir, 0o500);
      const run = await runServer(dataDir);
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/server\.start_failed error=".*data dir \S+ is not writable/);
    },
  );
});
