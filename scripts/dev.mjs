#!/usr/bin/env node
// `npm run dev`: the server (tsx watch, restarts on change) plus Vite's dev server with hot reload.
// Open http://localhost:5173 — Vite proxies /api and /ws to the server on $PORT (default 1234).
// Ctrl-C (or either process dying) stops both.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const port = process.env.PORT ?? '1234';
// The page comes from Vite's origin, so the server must accept it (same-origin by default); Vite's
// proxy rewrites Host to localhost:$PORT (changeOrigin), which the server answers anyway.
const viteOrigins = 'http://localhost:5173,http://127.0.0.1:5173';
const env = {
  ...process.env,
  PORT: port,
  JOURNEY_SERVER_PORT: port,
  JOURNEY_ALLOWED_ORIGINS: process.env.JOURNEY_ALLOWED_ORIGINS || viteOrigins,
};

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;

function start(name, args) {
  const child = spawn(bin(name), args, { cwd: root, env, stdio: 'inherit' });
  child.on('error', (err) => {
    console.error(`[dev] could not start ${name}: ${err.message}`);
    stop(1);
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[dev] ${name} exited (${signal ?? code}); stopping the other process`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of alive) child.kill('SIGTERM');
  let left = alive.length;
  if (left === 0) process.exit(code);
  for (const child of alive) {
    child.once('exit', () => {
      left -= 1;
      if (left === 0) process.exit(code);
    });
  }
  // Whatever ignores SIGTERM gets SIGKILL.
  setTimeout(() => {
    for (const child of alive)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 5000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
process.on('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

start('tsx', ['watch', '--clear-screen=false', 'server/main.ts']);
start('vite', ['--port', '5173', '--strictPort']);
console.log(`[dev] server on http://localhost:${port}, client with hot reload on http://localhost:5173`);
