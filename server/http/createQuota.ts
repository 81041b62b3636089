import type { IncomingMessage } from 'node:http';
import { AddressLimiter } from '../access/AddressLimiter';
import { clientAddress } from '../access/clientAddress';
import type { Logger } from '../log';
import type { MapStore } from '../persistence/MapStore';
import { HttpError } from './HttpError';

export interface CreateQuotaOptions {
  perMinute: number;
  burst: number;
  trustProxy: boolean;
  maxMaps: number;
  maxStoreBytes: number;
  /** A creation here: the other processes count it too (issue 20). */
  onSpent?: (address: string) => void;
}

/**
 * The gate in front of every request that makes a new map (create, import, duplicate): a rate
 * per client address (429 + Retry-After) and the server-wide caps on maps and stored bytes (507).
 * Checked before the body is read, so a refused request costs no parsing and creates nothing.
 */
export class CreateQuota {
  private readonly limiter: AddressLimiter;

  constructor(
    private readonly store: Pick<MapStore, 'usage'>,
    private readonly options: CreateQuotaOptions,
    private readonly logger: Logger,
  ) {
    this.limiter = new AddressLimiter({
      perMinute: options.perMinute,
      burst: options.burst,
      onSpent: options.onSpent,
    });
  }

  /** Another process admitted a creation from `address`: it counts here too. */
  spentElsewhere(address: string): void {
    this.limiter.spendElsewhere(address);
  }

  admit(req: IncomingMessage): void {
    const address = clientAddress(req, this.options.trustProxy);
    const usage = this.store.usage();
    if (usage.maps >= this.options.maxMaps || usage.bytes >= this.options.maxStoreBytes) {
      this.logger.warn('quota.exceeded', { maps: usage.maps, bytes: usage.bytes });
      throw new HttpError(507, 'quota_exceeded', {}, 'quota_exceeded');
    }
    const decision = this.limiter.take(address);
    if (!decision.ok) {
      this.logger.warn('quota.rate_limited', { address });
      throw new HttpError(
        429,
        'rate_limited',
        { 'Retry-After': String(decision.retryAfterSeconds) },
        'rate_limited',
      );
    }
  }
}
