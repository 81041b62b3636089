import type { IncomingMessage } from 'node:http';
import type { Logger } from '../log';
import { AddressLimiter, type LimitDecision } from './AddressLimiter';
import { clientAddress } from './clientAddress';

export interface FailedAttemptsOptions {
  perMinute: number;
  trustProxy: boolean;
  logger: Logger;
  /** A refusal here: the other processes count it too (issue 20). */
  onSpent?: (address: string) => void;
}

/**
 * Refused tokens per client address (share links, the admin token), for HTTP and WebSocket alike.
 * Each refusal spends one of `perMinute` tokens (a burst of as many); an address with none left is
 * answered 429 before its token is even looked at, so guessing runs at `perMinute`, not 1,500/s.
 * Every refusal is logged with the address and why, never with the token.
 */
export class FailedAttempts {
  private readonly limiter: AddressLimiter;

  constructor(private readonly options: FailedAttemptsOptions) {
    this.limiter = new AddressLimiter({
      perMinute: options.perMinute,
      burst: options.perMinute,
      onSpent: options.onSpent,
    });
  }

  addressOf(req: Pick<IncomingMessage, 'headers' | 'socket'>): string {
    return clientAddress(req, this.options.trustProxy);
  }

  /** Whether `address` may present a token now. */
  check(address: string): LimitDecision {
    return this.limiter.peek(address);
  }

  /** A token from `address` was refused (`reason`: the access error code, or `not_admin`). */
  record(address: string, reason: string, via: 'http' | 'ws'): void {
    this.limiter.take(address);
    this.options.logger.warn('access.failed_attempt', { address, reason, via });
  }

  /** Another process refused a token from `address`: it counts here too. */
  recordElsewhere(address: string): void {
    this.limiter.spendElsewhere(address);
  }
}
