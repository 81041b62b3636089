import { describe, expect, it } from 'vitest';
import { expectRefused } from '../testing/commandChecks';
import { ALICE, BOB, cleanComments, commentsDoc, expectOneCommentStep } from '../testing/commentChecks';
import { watchTransactions } from '../testing/transactionLog';
import { LAST_SEEN_RESOLUTION_MS, notePresence } from './notePresence';

describe('notePresence', () => {
  it('adds a person once and keeps their latest name and visit', () => {
    const doc = commentsDoc();
    expectOneCommentStep(doc, () => notePresence(doc, ALICE, 100));
    notePresence(doc, BOB, 150);
    notePresence(doc, { ...ALICE, name: ' Alice Smith ' }, 200);
    expect(cleanComments(doc).people).toEqual([
      { ...ALICE, name: 'Alice Smith', lastSeen: 200 },
      { ...BOB, lastSeen: 150 },
    ]);
  });

  it('writes nothing for a visit within the hour, and the new time after it', () => {
    const doc = commentsDoc();
    notePresence(doc, ALICE, 0);
    const log = watchTransactions(doc);
    expect(notePresence(doc, ALICE, LAST_SEEN_RESOLUTION_MS - 1)).toBe(false);
    log.stop();
    expect(log.origins).toEqual([]);
    expect(notePresence(doc, ALICE, LAST_SEEN_RESOLUTION_MS)).toBe(true);
    expect(cleanComments(doc).people[0]?.lastSeen).toBe(LAST_SEEN_RESOLUTION_MS);
  });

  it('refuses a person without a name or with a bad id', () => {
    const doc = commentsDoc();
    expectRefused(doc, () => notePresence(doc, { ...ALICE, name: '  ' }));
    expectRefused(doc, () => notePresence(doc, { ...ALICE, id: 'has space' }));
  });
});
