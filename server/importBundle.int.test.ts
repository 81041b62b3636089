import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * `npm start` runs the esbuild bundle with plain node (no tsx): the import worker must be there as
 * its own bundle (build/importWorker.mjs), or every import would fail. Starts it as people do.
 */
describe('import under the production start (bundle)', () => {
  let child: ChildProcess | undefined;
  let dataDir: string | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports a map file through the bundled worker', { timeout: 120_000 }, async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bundle-'));
    const proc = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'start.mjs')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        JOURNEY_DATA_DIR: dataDir,
        JOURNEY_SKIP_CLIENT_BUILD: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /server\.ready url=(http:\/\/\S+)/.exec(output);
        if (ready?.[1]) resolve(ready[1]);
      };
      proc.stdout.on('data', onData);
      proc.stderr.on('data', onData);
      proc.on('exit', (code) => reject(new Error(`server exited ${String(code)}: ${output}`)));
    });
    expect(fs.existsSync(path.join(REPO_ROOT, 'build', 'importWorker.mjs'))).toBe(true);
    const json = { 'Content-Type': 'application/json' };
    const created = await fetch(`${url}/api/maps`, {
      method: 'POST',
      headers: json,
      body: '{"template":"sample"}',
    });
    const { map } = (await created.json()) as { map: { id: string } };
    const file = await (await fetch(`${url}/api/maps/${map.id}/export.json`)).text();
    const imported = await fetch(`${url}/api/maps/import`, { method: 'POST', headers: json, body: file });
    expect(imported.status).toBe(201);
    const bad = await fetch(`${url}/api/maps/import`, {
      method: 'POST',
      headers: json,
      body: '{"format":"x"}',
    });
    expect(bad.status).toBe(400);
    const list = (await (await fetch(`${url}/api/maps`)).json()) as { maps: unknown[] };
    expect(list.maps).toHaveLength(2);
  });
});
