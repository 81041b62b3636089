import type { VersionSummary } from '../history/historyTypes';

/**
 * A version's summary as the server lists it, for tests: an automatic session-start version
 * taken on Mar 3, 2026 at 14:05 UTC with no changes, with `over` on top.
 */
export function versionSummary(over: Partial<VersionSummary> = {}): VersionSummary {
  return {
    id: 'v1',
    kind: 'auto',
    reason: 'session-start',
    name: null,
    takenAt: '2026-03-03T14:05:00.000Z',
    takenBy: null,
    people: [],
    changes: { added: 0, removed: 0, changed: 0 },
    restoredFrom: null,
    ...over,
  };
}
