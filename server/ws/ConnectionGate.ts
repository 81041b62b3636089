import type { Duplex } from 'node:stream';

export interface ConnectionCaps {
  /** Sockets the server holds in all (JOURNEY_MAX_CONNECTIONS). */
  maxConnections: number;
  /** Sockets one client address holds (JOURNEY_MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress: number;
}

/**
 * Counts WebSocket connections, in all and per client address, from the upgrade request until the
 * TCP socket closes (so sockets still handshaking or being refused count too), and refuses new
 * ones past the caps. 300 silent sockets used to be enough to stop a server answering.
 */
export class ConnectionGate {
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly caps: ConnectionCaps) {}

  /** Counts `socket` until it closes and returns undefined, or says why it is refused (not counted). */
  admit(socket: Duplex, address: string): string | undefined {
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (this.total >= this.caps.maxConnections) return 'too many connections';
    if (fromAddress >= this.caps.maxConnectionsPerAddress) return 'too many connections from this address';
    this.total += 1;
    this.byAddress.set(address, fromAddress + 1);
    socket.once('close', () => this.release(address));
    return undefined;
  }

  get count(): number {
    return this.total;
  }

  private release(address: string): void {
    this.total -= 1;
    const left = (this.byAddress.get(address) ?? 1) - 1;
    if (left > 0) this.byAddress.set(address, left);
    else this.byAddress.delete(address);
  }
}
