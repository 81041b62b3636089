import { useId, useState } from 'react';
import { actionLinkSchema } from '../../../model';
import { TRACKER_TRAITS } from './trackers';
import { linkLook } from './trackers';
import { TrackerIcon } from './TrackerIcon';

/** Why a typed link cannot be saved yet; null when it can (empty clears the link). */
export function linkProblem(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  if (!/^https?:\/\//i.test(t)) return 'Start with https:// (an issue-tracker address)';
  return actionLinkSchema.safeParse(t).success ? null : 'Not a web address';
}

/**
 * An action's issue-tracker link: checked as it is typed, saved on Enter or leaving the field when
 * valid (an invalid one is never written); shown as the tracker's mark and the host.
 */
export function LinkField({
  value,
  disabled,
  onCommit,
}: {
  value: string | undefined;
  disabled: boolean;
  onCommit: (link: string | undefined) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value ?? '';
  const problem = draft === null ? null : linkProblem(draft);
  const look = linkLook(text.trim());
  const commit = () => {
    if (draft === null || problem) return;
    const next = draft.trim() || undefined;
    if (next !== value) onCommit(next);
    setDraft(null);
  };
  return (
    <div className="sp-field">
      <label className="sp-label" htmlFor={id}>
        Link
      </label>
      <div className="act-link-input">
        <span className="act-link-icon">
          <TrackerIcon tracker={look && !problem ? look.tracker : null} />
        </span>
        <input
          id={id}
          className={`input${problem ? ' is-invalid' : ''}`}
          type="url"
          inputMode="url"
          placeholder="https://github.com/acme/app/issues/12"
          value={text}
          readOnly={disabled}
          maxLength={2000}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-msg`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      </div>
      <p
        className={`sp-hint${problem ? ' is-warning' : ''}`}
        id={`${id}-msg`}
        role={problem ? 'alert' : undefined}
      >
        {problem ??
          (look
            ? look.tracker
              ? `${TRACKER_TRAITS[look.tracker].label} · ${look.host}`
              : look.host
            : 'An issue, ticket or card where the work is tracked')}
      </p>
    </div>
  );
}

/** A saved link as the tracker's mark and its host, opening in a new tab. */
export function LinkChip({ link }: { link: string }) {
  const look = linkLook(link);
  if (!look) return null;
  return (
    <a
      className="act-link-chip"
      href={link}
      target="_blank"
      rel="noopener noreferrer"
      title={link}
      onClick={(e) => e.stopPropagation()}
    >
      <TrackerIcon tracker={look.tracker} size={12} />
      <span>{look.host}</span>
    </a>
  );
}
