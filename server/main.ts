import { configFromEnv } from './config';
import { createLogger, errorMessage } from './log';
import { startServer } from './startServer';

/** `npm run serve`: start with the environment's settings, shut down cleanly on SIGTERM/SIGINT. */
const logger = createLogger(process.env.JOURNEY_LOG === 'silent' ? 'silent' : 'console');

try {
  const config = configFromEnv();
  const server = await startServer({ ...config, logger });
  logger.info('server.ready', { url: server.url, ws: `${server.url.replace(/^http/, 'ws')}/ws/<mapId>` });

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) {
      // A second Ctrl-C means "now": everything acknowledged is already on disk.
      logger.warn('server.forced_exit', { signal });
      process.exit(1);
    }
    signalled = true;
    logger.info('server.signal', { signal });
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('server.close_failed', { error: errorMessage(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (err) {
  logger.error('server.start_failed', { error: errorMessage(err) });
  process.exit(1);
}
