import { describe, expect, it } from 'vitest';
import { addAction, deleteAction, updateAction } from '../commands/actions';
import { setConnectionDetails, connect } from '../commands/connections';
import { addNote } from '../commands/notes';
import { addTouchpoint } from '../commands/touchpoints';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { diffMaps } from './mapDiff';

describe('diffMaps and follow-up (issue 19)', () => {
  it('lists actions added, changed (status, owner) and removed, and counts them as content', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    const pain = addNote(doc, { kind: 'painPoint', stageId: aware, text: 'Slow page' });
    const kept = addAction(doc, { noteId: pain, title: 'Cache the page' });
    const gone = addAction(doc, { noteId: pain, title: 'Rewrite it' });
    const before = cleanMap(doc);
    updateAction(doc, kept, { status: 'doing', owner: 'Web team' });
    deleteAction(doc, gone);
    const added = addAction(doc, { noteId: pain, title: 'Measure it' });
    const diff = diffMaps(before, cleanMap(doc));
    const rows = diff.changes.filter((c) => c.kind === 'action');
    expect(rows.map((c) => [c.id, c.change, c.title])).toEqual([
      [kept, 'changed', 'Cache the page'],
      [added, 'added', 'Measure it'],
      [gone, 'removed', 'Rewrite it'],
    ]);
    expect(rows[0]?.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Status', 'Idea', 'Doing'],
      ['Owner', '', 'Web team'],
    ]);
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1 });
  });

  it('shows a route tagged as failure demand with its cost', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    const a = addTouchpoint(doc, { stageId: aware, title: 'Status page' });
    const b = addTouchpoint(doc, { stageId: aware, title: 'Agent call', channel: 'phone' });
    const id = connect(doc, a, b);
    const before = cleanMap(doc);
    setConnectionDetails(doc, id, { demand: 'failure', costPerContact: 6.5 });
    const change = diffMaps(before, cleanMap(doc)).changes.find((c) => c.kind === 'connection');
    expect(change?.fields.map((f) => [f.label, f.after])).toEqual([
      ['Demand', 'Failure demand'],
      ['Cost per contact', '6.5'],
    ]);
  });
});
