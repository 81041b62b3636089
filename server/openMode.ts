import type { ServerConfig } from './config';
import type { Logger } from './log';

/** Addresses only this machine can reach. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Open mode means "the map URL is enough to edit": fine on this machine, dangerous on a network.
 * A non-loopback bind in open mode stops the start unless JOURNEY_ACCESS=open was set on purpose,
 * and then the log says loudly what that means. Locked mode may bind anything.
 */
export function checkOpenBind(
  config: Pick<ServerConfig, 'access' | 'host' | 'openOnNetwork'>,
  logger: Logger,
): void {
  if (config.access !== 'open' || isLoopbackHost(config.host)) return;
  if (!config.openOnNetwork) {
    throw new Error(
      `refusing to serve an open server on ${config.host}: anyone who can reach it could edit and ` +
        'delete every map. Set JOURNEY_ACCESS=locked (share links) to serve a network, or ' +
        'JOURNEY_ACCESS=open explicitly to accept that, or leave HOST unset (127.0.0.1).',
    );
  }
  logger.warn('server.open_on_network', {
    host: config.host,
    warning:
      'OPEN SERVER ON A NETWORK: anyone who can reach it can read, edit and delete every map; ' +
      'role links restrict only the people who use them. Use JOURNEY_ACCESS=locked to restrict access.',
  });
}
