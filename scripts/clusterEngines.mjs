// `npm run cluster`'s own Redis and PostgreSQL, when JOURNEY_REDIS_URL / JOURNEY_DATABASE_URL are
// unset: Debian's redis-server and postgresql binaries, on loopback, with their data under
// <JOURNEY_DATA_DIR>/cluster/ (PostgreSQL's kept between runs). PostgreSQL refuses to run as root:
// then the `postgres` user (Debian's package creates it) runs it, as in .ci/engines.sh.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  accessSync,
  chownSync,
  constants,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

/** The directory of PostgreSQL's binaries (initdb, pg_ctl), newest version first; undefined if none. */
function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? join(which.stdout.trim(), '..') : undefined;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** What is missing to start the engines ourselves, as sentences; empty when nothing is. */
export function missingEngines({ needRedis, needPg }) {
  const missing = [];
  if (needRedis && !hasCommand('redis-server')) {
    missing.push(
      'redis-server is not installed (Debian: apt-get install redis-server), or set JOURNEY_REDIS_URL',
    );
  }
  if (needPg && !findPgBin()) {
    missing.push(
      'PostgreSQL is not installed (Debian: apt-get install postgresql), or set JOURNEY_DATABASE_URL',
    );
  }
  if (needPg && isRoot && spawnSync('id', ['postgres']).status !== 0) {
    missing.push(
      "running as root, PostgreSQL needs a `postgres` user to run as (Debian's package creates it)",
    );
  }
  return missing;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing answers on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function isRedis(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('redis-server');
  } catch {
    return false;
  }
}

/** Redis keeps nothing (pub/sub only): a fresh one on a free port each run. */
export async function startRedis(dir) {
  mkdirSync(dir, { recursive: true });
  // One left by a run that was killed (kill -9 of this script) is stopped first.
  const pidFile = join(dir, 'redis.pid');
  if (existsSync(pidFile)) {
    const stale = Number(readFileSync(pidFile, 'utf8'));
    if (stale > 0 && isRedis(stale)) process.kill(stale, 'SIGTERM');
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  writeFileSync(pidFile, String(child.pid));
  await waitForPort(port, 10_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * PostgreSQL with its data in `dir` (created by initdb on the first run, user `journey`, trust auth
 * on loopback only). One left running by a run that was killed is reused, on its port.
 */
export async function startPostgres(dir) {
  const bin = findPgBin();
  const data = join(dir, 'data');
  const asPg = (cmd, args) =>
    isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' })
      : spawnSync(cmd, args, { encoding: 'utf8' });
  mkdirSync(dir, { recursive: true });
  if (isRoot) {
    chownSync(dir, Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim()), -1);
    const probe = asPg('test', ['-w', dir]);
    if (probe.status !== 0) {
      throw new Error(
        `the postgres user cannot reach ${dir} (a parent folder is closed to other users): ` +
          'set JOURNEY_DATA_DIR to a folder it can reach, or JOURNEY_DATABASE_URL',
      );
    }
  } else {
    accessSync(dir, constants.W_OK);
  }
  if (!existsSync(join(data, 'PG_VERSION'))) {
    console.log(`[cluster] creating a PostgreSQL database cluster in ${data}`);
    const init = asPg(join(bin, 'initdb'), ['-D', data, '-U', 'journey', '--auth=trust', '-E', 'UTF8']);
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  let port;
  const running = asPg(join(bin, 'pg_ctl'), ['-D', data, 'status']);
  if (running.status === 0 && existsSync(join(data, 'postmaster.pid'))) {
    port = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[3]);
    console.log(`[cluster] reusing the PostgreSQL already running on port ${port}`);
  } else {
    port = await freePort();
    const options = `-p ${port} -h 127.0.0.1 -c unix_socket_directories= -c max_connections=200`;
    const start = asPg(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      options,
      'start',
    ]);
    if (start.status !== 0)
      throw new Error(`PostgreSQL did not start: ${start.stderr || start.stdout} (see ${join(dir, 'log')})`);
  }
  await createDatabase(`postgres://journey@127.0.0.1:${port}/postgres`, 'journey');
  return {
    url: `postgres://journey@127.0.0.1:${port}/journey`,
    stop: async () => {
      asPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
  };
}

async function createDatabase(adminUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
