/**
 * A room's journal appends that have not settled yet (issue 20). While there are any, the room's
 * doc holds updates the disk may not: what is computed from it for someone else waits for them.
 */
export class PendingAppends {
  private count = 0;
  /** The last append made: appends settle in order, so when it has, all before it have. */
  private last: Promise<number> | undefined;
  /** One of them failed: the doc was ahead of the disk, and it must never be sent. */
  private failedOnce = false;

  /** Counts `append` until `settle` is called for it. */
  track(append: Promise<number>): void {
    this.count += 1;
    this.last = append;
  }

  settle(ok: boolean): void {
    this.count -= 1;
    if (!ok) this.failedOnce = true;
  }

  get none(): boolean {
    return this.count === 0;
  }

  get failed(): boolean {
    return this.failedOnce;
  }

  /** Resolves once every append made so far is durable; rejects if any of them failed. */
  whenDurable(): Promise<void> {
    const check = (): void => {
      if (this.failedOnce) throw new Error('could not save the map');
    };
    if (this.count === 0 || !this.last) return Promise.resolve().then(check);
    return this.last.then(check, check);
  }

  /** Resolves once every append made so far has settled, stored or not. */
  settled(): Promise<void> {
    if (this.count === 0 || !this.last) return Promise.resolve();
    return this.last.then(noop, noop);
  }
}

function noop(): void {}
