#!/usr/bin/env node
// `npm start`: builds the client and the server bundle when missing or stale (buildIfStale.mjs),
// then runs the server in this same process with plain node (one process, no tsx: see buildServer.mjs).
import { pathToFileURL } from 'node:url';
import { SERVER_BUNDLE } from './buildServer.mjs';
import { buildIfStale } from './buildIfStale.mjs';

buildIfStale();

const port = process.env.PORT ?? '1234';
const host = process.env.HOST;
const shownHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`Journey: http://${shownHost}:${port}  (data in ${process.env.JOURNEY_DATA_DIR ?? './data'})`);

// The bundle is server/main.ts: it starts listening and handles SIGTERM/SIGINT itself.
await import(pathToFileURL(SERVER_BUNDLE).href);
