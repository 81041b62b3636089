/**
 * Redis and PostgreSQL for T10, started the way CI starts them: `.ci/engines.sh` (installs Debian's
 * redis-server and postgresql when missing, as root; loopback, free ports, throwaway data dirs) in
 * a bash child that holds them until its stdin closes, which happens when the bench ends, however
 * it ends. Under `.ci/run` (JOURNEY_TEST_* already set) the running engines are used instead.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Engines {
  redisUrl: string;
  databaseUrl: string;
  /** redis-server and the PostgreSQL postmaster (its backends are its children). */
  pids: number[];
  stop(): Promise<void>;
}

export async function startEngines(): Promise<Engines> {
  const { JOURNEY_TEST_REDIS_URL: redisUrl, JOURNEY_TEST_DATABASE_URL: databaseUrl } = process.env;
  if (redisUrl && databaseUrl) return { redisUrl, databaseUrl, pids: [], stop: async () => {} };
  const child = spawn(
    'bash',
    [
      '-c',
      'source .ci/engines.sh || exit 1; ' +
        'echo "ENGINES $JOURNEY_TEST_REDIS_URL $JOURNEY_TEST_DATABASE_URL $ENGINES_DIR"; read -r _',
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /^ENGINES (\S+) (\S+) (\S+)$/m.exec(out);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) =>
      reject(new Error(`.ci/engines.sh failed (exit ${String(code)}): ${out.trim()}`)),
    );
  });
  const [, redis, database, dir] = line.split(' ') as [string, string, string, string];
  const pidFrom = (file: string) => Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
  const pids = [pidFrom(path.join(dir, 'redis.pid')), pidFrom(path.join(dir, 'pg/data/postmaster.pid'))];
  return {
    redisUrl: redis,
    databaseUrl: database,
    pids,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin.end(); // `read` returns, bash exits, its EXIT trap stops both engines
      await exited;
    },
  };
}
