import type { JourneyNotice } from '../../model';

/** A parent's sockets hear of its children's saves at most this often (and once more after a burst). */
export const LINKS_NOTICE_EVERY_MS = 1000;

type Send = (notice: JourneyNotice) => void;

/**
 * Throttles `links-changed` per parent map: the first save of a burst is told at once, the rest in
 * one trailing notice (naming the last child saved), so the parent's clients fetch the links at most
 * once a second and never miss the last change.
 */
export class ParentNotices {
  private readonly last = new Map<string, number>();
  private readonly trailing = new Map<string, { timer: NodeJS.Timeout; childId: string; send: Send }>();

  constructor(
    private readonly everyMs: number = LINKS_NOTICE_EVERY_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  send(parentId: string, childId: string, send: Send): void {
    const pending = this.trailing.get(parentId);
    if (pending) {
      pending.childId = childId;
      pending.send = send;
      return;
    }
    const since = this.now() - (this.last.get(parentId) ?? -Infinity);
    if (since >= this.everyMs) return this.fire(parentId, childId, send);
    const timer = setTimeout(() => {
      const due = this.trailing.get(parentId);
      this.trailing.delete(parentId);
      if (due) this.fire(parentId, due.childId, due.send);
    }, this.everyMs - since);
    timer.unref();
    this.trailing.set(parentId, { timer, childId, send });
  }

  stop(): void {
    for (const { timer } of this.trailing.values()) clearTimeout(timer);
    this.trailing.clear();
  }

  private fire(parentId: string, childMapId: string, send: Send): void {
    // Old parents are forgotten: the map holds only those told within the last window.
    for (const [id, at] of this.last) if (this.now() - at > this.everyMs) this.last.delete(id);
    this.last.set(parentId, this.now());
    send({ type: 'links-changed', childMapId });
  }
}
