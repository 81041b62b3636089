import { describe, expect, it } from 'vitest';
import { expectRefused } from '../testing/commandChecks';
import { ALICE, BOB, cleanComments, commentsDoc, expectOneCommentStep } from '../testing/commentChecks';
import { notePresence } from './notePresence';

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

  it('refuses a person without a name or with a bad id', () => {
    const doc = commentsDoc();
    expectRefused(doc, () => notePresence(doc, { ...ALICE, name: '  ' }));
    expectRefused(doc, () => notePresence(doc, { ...ALICE, id: 'has space' }));
  });
});
