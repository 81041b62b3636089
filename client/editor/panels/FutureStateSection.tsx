import { useId } from 'react';
import {
  FUTURE_STATUS_TRAITS,
  FUTURE_STATUSES,
  futureEmotionOf,
  TEXT_FIELDS,
  type Emotion,
  type FutureStatus,
  type Touchpoint,
} from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { CollabTextField } from '../text/CollabTextField';
import { EmotionPicker } from './EmotionPicker';

const UNCHANGED = 'unchanged';

/**
 * The card's future (model/future), on a map that holds a future state: what the future does to it
 * (status), how the customer will feel, and what changes. Labels come from the traits table.
 */
export function FutureStateSection({ tp }: { tp: Touchpoint }) {
  const has = useEditor((s) => s.map?.settings.futureState === true);
  const actions = useEditorActions();
  const statusId = useId();
  const emotionId = useId();
  if (!has) return null;
  const removed = tp.futureStatus === 'removed';
  return (
    <section className="sp-section" data-testid="future-state-section">
      <h3 className="sp-section-title">Future state</h3>
      <label className="field-label" htmlFor={statusId}>
        In the future
      </label>
      <select
        id={statusId}
        className="input"
        data-testid="future-status"
        value={tp.futureStatus ?? UNCHANGED}
        onChange={(e) =>
          actions.setFutureStatus(
            tp.id,
            e.target.value === UNCHANGED ? null : (e.target.value as FutureStatus),
          )
        }
      >
        <option value={UNCHANGED}>Unchanged</option>
        {FUTURE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {FUTURE_STATUS_TRAITS[s].label}
          </option>
        ))}
      </select>
      {!removed && (
        <>
          <p className="field-label" id={emotionId}>
            Future emotion
          </p>
          <EmotionPicker
            value={futureEmotionOf(tp)}
            labelledBy={emotionId}
            onChange={(e: Emotion) => actions.setFutureEmotion(tp.id, e)}
          />
        </>
      )}
      {/* Collaborative text: two people writing what changes both keep their words. */}
      <CollabTextField
        label="What changes"
        target={{ kind: 'touchpoint', id: tp.id, field: 'futureNote' }}
        maxLength={TEXT_FIELDS.touchpoints.futureNote}
        placeholder="e.g. Status by text, no call needed"
        multiline
        rows={2}
      />
    </section>
  );
}
