import { useId } from 'react';
import { versionLabel, type VersionSummary } from '../../../model/history';

import { MAX_MINUTES, WINDOW_KINDS, type WindowForm, type WindowKind } from './revertWindow';

interface Props {
  form: WindowForm;
  versions: readonly VersionSummary[];
  onChange: (form: WindowForm) => void;
}

/** Which edits: since a version, the last N minutes, or between two times (WINDOW_KINDS). */
export function RevertWindowPicker({ form, versions, onChange }: Props) {
  const id = useId();
  const set = (patch: Partial<WindowForm>) => onChange({ ...form, ...patch });
  return (
    <fieldset className="revert-window">
      <legend className="revert-legend">Which edits</legend>
      <div className="revert-kinds" role="radiogroup">
        {(Object.keys(WINDOW_KINDS) as WindowKind[]).map((kind) => (
          <label key={kind} className="revert-kind">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={form.kind === kind}
              onChange={() => set({ kind })}
            />
            {WINDOW_KINDS[kind].label}
          </label>
        ))}
      </div>
      {form.kind === 'version' && (
        <label className="revert-field">
          <span>Since</span>
          <select
            className="input"
            value={form.versionId}
            onChange={(e) => set({ versionId: e.target.value })}
            aria-label="Since version"
          >
            <option value="">Pick a version…</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {versionLabel(v, 'list')}
              </option>
            ))}
          </select>
        </label>
      )}
      {form.kind === 'minutes' && (
        <label className="revert-field">
          <span>Last</span>
          <input
            className="input revert-minutes"
            type="number"
            min={1}
            max={MAX_MINUTES}
            value={form.minutes}
            onChange={(e) => set({ minutes: e.target.value })}
            aria-label="Minutes"
          />
          <span>minutes</span>
        </label>
      )}
      {form.kind === 'range' && (
        <div className="revert-field">
          <label>
            From{' '}
            <input
              className="input"
              type="datetime-local"
              value={form.from}
              onChange={(e) => set({ from: e.target.value })}
            />
          </label>
          <label>
            To{' '}
            <input
              className="input"
              type="datetime-local"
              value={form.to}
              onChange={(e) => set({ to: e.target.value })}
              title="Leave empty for now"
            />
          </label>
        </div>
      )}
    </fieldset>
  );
}
