import * as Y from 'yjs';
import { templateDoc } from '../../model/testing/testMaps';
import type { TemplateName } from '../../model/templates/initMapDoc';
import { REMOTE_ORIGIN } from '../../model/testing/syncDocs';
import { planRevert, revertPerson } from './revertEngine';
import type { AttributedEdit } from './revertTimeline';

/**
 * Test-only workshop: a server doc (the live map, garbage-collected like the real one) and one doc
 * per person, relaying every update the way a room does and recording it as the store would, with
 * who sent it and when (a fake clock: each edit one millisecond after the last, `pause` for gaps).
 * A revert's write is recorded as the facilitator's edit and reaches every person's doc.
 */
export class RevertTestSession {
  readonly live: Y.Doc;
  /** The version the session starts from (edit_seq 0). */
  readonly base: Uint8Array;
  readonly edits: AttributedEdit[] = [];
  readonly docs = new Map<string, Y.Doc>();
  private clock = 1_000_000;

  constructor(people: readonly string[], template: TemplateName = 'blank') {
    this.live = templateDoc(template);
    this.base = Y.encodeStateAsUpdate(this.live);
    for (const id of people) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, this.base, REMOTE_ORIGIN);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE_ORIGIN) this.relay(id, update, doc);
      });
      this.docs.set(id, doc);
    }
    this.live.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE_ORIGIN) return;
      const by = (origin as { personId?: unknown } | null)?.personId;
      this.relay(typeof by === 'string' ? by : null, update, this.live);
    });
  }

  /** The person's doc, to run commands on. */
  doc(id: string): Y.Doc {
    const doc = this.docs.get(id);
    if (!doc) throw new Error(`no person ${id}`);
    return doc;
  }

  /** The time the next edit gets. */
  now(): number {
    return this.clock;
  }

  pause(ms: number): void {
    this.clock += ms;
  }

  preview(personId: string, from = 0, to = this.clock) {
    return planRevert(this.input(personId, from, to)).plan;
  }

  revert(personId: string, by: string, from = 0, to = this.clock) {
    return revertPerson(this.input(personId, from, to), { personId: by });
  }

  private input(personId: string, from: number, to: number) {
    return { base: this.base, edits: this.edits, window: { personId, from, to }, live: this.live, nameOf };
  }

  private relay(personId: string | null, update: Uint8Array, from: Y.Doc): void {
    this.edits.push({ seq: this.edits.length + 1, personId, at: this.clock++, data: update });
    for (const doc of [this.live, ...this.docs.values()]) {
      if (doc !== from) Y.applyUpdate(doc, update, REMOTE_ORIGIN);
    }
  }
}

const nameOf = (id: string) => `Name of ${id}`;
