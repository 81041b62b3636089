import { describe, expect, it } from 'vitest';
import { versionSummary } from '../testing/versionSummary';
import { versionLabel, versionTime, versionTitle } from './versionLabel';

describe('version labels', () => {
  it('names a version by its name, else by why it was taken', () => {
    expect(versionTitle(versionSummary({ kind: 'named', reason: 'named', name: 'Exec review' }))).toBe(
      'Exec review',
    );
    expect(versionTitle(versionSummary({ reason: 'session-end' }))).toBe('Session ended');
    expect(versionTitle(versionSummary({ kind: 'safety', reason: 'before-restore' }))).toBe('Before restore');
  });

  it('in a sentence: a name alone, else the reason and the time', () => {
    expect(versionLabel(versionSummary({ reason: 'hourly' }))).toMatch(/^Hourly · Mar 3, 2026/);
    expect(versionLabel(versionSummary({ kind: 'named', reason: 'named', name: ' Exec review ' }))).toBe(
      'Exec review',
    );
  });

  it('in a list: always dated, a name in quotes', () => {
    const named = versionSummary({ kind: 'named', reason: 'named', name: 'Exec review' });
    expect(versionLabel(named, 'list')).toBe(`“Exec review” · ${versionTime(named)}`);
    expect(versionLabel(versionSummary(), 'list')).toBe(`Session started · ${versionTime(versionSummary())}`);
    expect(versionTime(versionSummary())).toMatch(/^Mar 3, 2026, \d{1,2}:05 [AP]M$/);
  });
});
