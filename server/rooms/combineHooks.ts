import type { Room } from './Room';
import type { RoomHooks } from './RoomHooks';
import type { RoomPeer } from './RoomPeer';

/**
 * Several listeners behind one RoomHooks: the history (MapSessions), the programme digests and the
 * notifications each hear every moment. Listeners may be added after the rooms exist (services
 * built later push themselves in). One listener that throws does not stop the others.
 */
export class HookList implements RoomHooks {
  private readonly listeners: RoomHooks[] = [];

  constructor(private readonly onError: (err: unknown) => void = () => {}) {}

  add(listener: RoomHooks): void {
    this.listeners.push(listener);
  }

  loaded(room: Room): void {
    this.each((l) => l.loaded(room));
  }
  joined(room: Room, peer: RoomPeer): void {
    this.each((l) => l.joined(room, peer));
  }
  left(room: Room, peer: RoomPeer): void {
    this.each((l) => l.left(room, peer));
  }
  saved(room: Room, author: string | null): void {
    this.each((l) => l.saved(room, author));
  }
  dropping(room: Room): void {
    this.each((l) => l.dropping(room));
  }

  private each(fn: (listener: RoomHooks) => void): void {
    for (const l of this.listeners) {
      try {
        fn(l);
      } catch (err) {
        this.onError(err);
      }
    }
  }
}

/** A listener that only cares about saved updates: the rest are no-ops. */
export function onSaved(fn: (room: Room, author: string | null) => void): RoomHooks {
  return { loaded() {}, joined() {}, left() {}, saved: fn, dropping() {} };
}
