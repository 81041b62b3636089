import { describe, expect, it } from 'vitest';
import { versionSummary } from '../../../model/testing/versionSummary';
import { planSize, personName, revertErrorMessage, FORBIDDEN_MESSAGE } from './revertMessages';
import { MAX_MINUTES, resolveWindow, type WindowForm } from './revertWindow';
import { ApiError } from '../../api/ApiError';

const NOW = Date.parse('2026-12-03T14:00:00.000Z');
const FORM: WindowForm = { kind: 'minutes', versionId: '', minutes: '30', from: '', to: '' };
const VERSION = versionSummary({ takenAt: '2026-12-03T13:00:00.000Z' });

describe('resolveWindow', () => {
  it('leaves "this session" to the server, which starts it at the latest session start', () => {
    expect(resolveWindow({ ...FORM, kind: 'session', minutes: '' }, [], NOW)).toEqual({
      request: {},
      editors: {},
    });
  });

  it('takes the last N minutes back from now', () => {
    expect(resolveWindow(FORM, [], NOW)).toEqual({
      request: { from: '2026-12-03T13:30:00.000Z' },
      editors: { from: '2026-12-03T13:30:00.000Z' },
    });
  });

  it('refuses minutes that are not a whole number in range', () => {
    for (const minutes of ['', '0', '1.5', 'x', String(MAX_MINUTES + 1)])
      expect(resolveWindow({ ...FORM, minutes }, [], NOW)).toMatch(/whole number/);
  });

  it('sends "since version" as the version, and lists editors from its time', () => {
    const form: WindowForm = { ...FORM, kind: 'version', versionId: 'v1' };
    expect(resolveWindow(form, [VERSION], NOW)).toEqual({
      request: { sinceVersion: 'v1' },
      editors: { from: VERSION.takenAt },
    });
    expect(resolveWindow({ ...form, versionId: '' }, [VERSION], NOW)).toBe('Pick the version to start from.');
  });

  it('reads a range in local time, open-ended to now, and refuses one that ends first', () => {
    const from = new Date(2026, 11, 3, 13, 0).toISOString();
    const to = new Date(2026, 11, 3, 13, 45).toISOString();
    const range: WindowForm = { ...FORM, kind: 'range', from: '2026-12-03T13:00', to: '' };
    expect(resolveWindow(range, [], NOW)).toEqual({ request: { from }, editors: { from } });
    expect(resolveWindow({ ...range, to: '2026-12-03T13:45' }, [], NOW)).toEqual({
      request: { from, to },
      editors: { from, to },
    });
    expect(resolveWindow({ ...range, to: '2026-12-03T12:00' }, [], NOW)).toBe(
      'The end must come after the start.',
    );
    expect(resolveWindow({ ...range, from: '' }, [], NOW)).toBe('Give the time to start from.');
  });
});

describe('revert messages', () => {
  it('says who may revert when the server refuses, and passes other errors through', () => {
    expect(revertErrorMessage(new ApiError('Forbidden.', 403))).toBe(FORBIDDEN_MESSAGE);
    expect(revertErrorMessage(new ApiError('Map not found.', 404))).toBe('Map not found.');
  });

  it('counts what the revert changes, not what it leaves', () => {
    const ref = { kind: 'touchpoint' as const, id: 't', title: 'T' };
    const plan = {
      personId: 'p',
      from: '',
      to: '',
      remove: [ref],
      restore: [ref, ref],
      fields: [{ ...ref, field: 'title', label: 'Title', now: 'b', back: 'a' }],
      kept: [
        {
          ...ref,
          field: 'emotion',
          label: 'Emotion',
          by: { id: 'q', name: 'Q' },
          reason: 'changed-later' as const,
        },
      ],
    };
    expect(planSize(plan)).toBe(4);
    expect(personName({ id: 'abcdef123', name: ' ' })).toBe('Someone (abcdef…)');
  });
});
