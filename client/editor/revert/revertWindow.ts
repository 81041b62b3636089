import type { VersionSummary } from '../../../model/history';
import type { RevertWindow } from '../../api/revertApi';

/**
 * The ways a facilitator says which edits to undo, as one table: this session (the server's
 * default: from the latest session start), since a version, the last N minutes, or between two times. Each turns the form's values into the window the server takes
 * (and the `from`/`to` the list of editors is asked for), or a sentence saying what is missing.
 */
export type WindowKind = 'session' | 'version' | 'minutes' | 'range';

export interface WindowForm {
  readonly kind: WindowKind;
  readonly versionId: string;
  readonly minutes: string;
  /** `<input type="datetime-local">` values: local time, no zone. */
  readonly from: string;
  readonly to: string;
}

export interface ResolvedWindow {
  /** What POST /revert is sent. */
  readonly request: RevertWindow;
  /** What GET /editors is asked for (ISO; left out: the server's default, the session's start). */
  readonly editors: { readonly from?: string; readonly to?: string };
}

type Resolve = (
  form: WindowForm,
  versions: readonly VersionSummary[],
  now: number,
) => ResolvedWindow | string;

/** A week: the server keeps who-edited-what that long (the edit log's window). */
export const MAX_MINUTES = 7 * 24 * 60;

const iso = (ms: number) => new Date(ms).toISOString();

export const WINDOW_KINDS: Readonly<
  Record<WindowKind, { readonly label: string; readonly resolve: Resolve }>
> = {
  session: {
    label: 'This session',
    resolve: () => ({ request: {}, editors: {} }),
  },
  version: {
    label: 'Since a version',
    resolve(form, versions) {
      const version = versions.find((v) => v.id === form.versionId);
      if (!version) return 'Pick the version to start from.';
      return { request: { sinceVersion: version.id }, editors: { from: version.takenAt } };
    },
  },
  minutes: {
    label: 'The last few minutes',
    resolve(form, _versions, now) {
      const minutes = Number(form.minutes);
      if (form.minutes.trim() === '' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES)
        return `Give a whole number of minutes, 1 to ${MAX_MINUTES}.`;
      const from = iso(now - minutes * 60_000);
      return { request: { from }, editors: { from } };
    },
  },
  range: {
    label: 'Between two times',
    resolve(form) {
      const from = Date.parse(form.from);
      if (!Number.isFinite(from)) return 'Give the time to start from.';
      if (form.to === '') return { request: { from: iso(from) }, editors: { from: iso(from) } };
      const to = Date.parse(form.to);
      if (!Number.isFinite(to)) return 'Give a valid end time, or leave it empty for now.';
      if (to <= from) return 'The end must come after the start.';
      const window = { from: iso(from), to: iso(to) };
      return { request: window, editors: window };
    },
  },
};

export function resolveWindow(
  form: WindowForm,
  versions: readonly VersionSummary[],
  now: number,
): ResolvedWindow | string {
  return WINDOW_KINDS[form.kind].resolve(form, versions, now);
}
