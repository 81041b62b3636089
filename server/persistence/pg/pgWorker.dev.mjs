// PgStore's worker when the server runs from TypeScript sources (tsx, vitest): a worker thread does
// not inherit the parent's loader, so this registers tsx first. The bundled server (`npm start`)
// runs build/pgWorker.mjs instead (scripts/buildServer.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./pgWorker.ts');
