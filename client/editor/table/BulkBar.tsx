import { useState } from 'react';
import * as model from '../../../model';
import { useTableWrites } from './useTableWrites';

/** Sets owner, channel or stage for the checked rows, each as one undo step. */
export function BulkBar({ ids, stages }: { ids: readonly string[]; stages: readonly model.Stage[] }) {
  const writes = useTableWrites();
  const [owner, setOwner] = useState('');
  if (ids.length === 0) return null;
  return (
    <div className="table-bulk" role="group" aria-label={`Edit ${ids.length} selected touchpoints`}>
      <span className="table-bulk-count">{ids.length} selected</span>
      <form
        className="table-bulk-owner"
        onSubmit={(e) => {
          e.preventDefault();
          writes.setFields(ids, { owner: owner.trim() });
        }}
      >
        <input
          className="table-input"
          aria-label="Owner for the selected touchpoints"
          placeholder="Owner"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
        />
        <button type="submit" className="btn btn-sm">
          Set owner
        </button>
      </form>
      <select
        aria-label="Channel for the selected touchpoints"
        value=""
        onChange={(e) =>
          e.target.value && writes.setFields(ids, { channel: e.target.value as model.Channel })
        }
      >
        <option value="">Set channel…</option>
        {model.CHANNELS.map((c) => (
          <option key={c} value={c}>
            {model.CHANNEL_TRAITS[c].label}
          </option>
        ))}
      </select>
      <select
        aria-label="Stage for the selected touchpoints"
        value=""
        onChange={(e) => e.target.value && writes.setStage(ids, e.target.value)}
      >
        <option value="">Move to stage…</option>
        {stages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
