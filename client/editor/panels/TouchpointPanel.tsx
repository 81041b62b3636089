import { useId } from 'react';
import { DeleteFooter } from './DeleteFooter';
import { CardLockToggle } from '../facilitation/CardLockToggle';
import { isHub, NEW_TOUCHPOINT_TITLE, TEXT_FIELDS, type Emotion, type TouchpointEdit } from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { ChannelSelect } from './ChannelSelect';
import { CollabTextField } from '../text/CollabTextField';
import { EmotionPicker } from './EmotionPicker';
import { EMOTION_SOURCE_LABELS } from './emotionDisplay';
import { HubControl } from './HubControl';
import { HubLedgerSection } from '../insights/ledger/HubLedgerSection';
import { OwnerField } from './OwnerField';
import { RoutesSection } from './RoutesSection';
import { VocSection } from './VocSection';
import { PersonaEmotions } from './PersonaEmotions';
import { TouchpointEvidence } from '../programme/NoteFollowUp';
import { LinkedJourneySection } from '../links/LinkedJourneySection';
import { FutureStateSection } from './FutureStateSection';

/** Everything about one touchpoint. Keyed by id by the caller, so drafts never leak between cards. */
export function TouchpointPanel({ id }: { id: string }) {
  const tp = useEditor((s) => s.map?.touchpoints.find((t) => t.id === id));
  const stageName = useEditor((s) => s.map?.stages.find((st) => st.id === tp?.stageId)?.name);
  const actions = useEditorActions();
  const emotionId = useId();
  if (!tp) return null;
  const edit = (patch: TouchpointEdit) => actions.updateTouchpoint(id, patch);
  const hub = isHub(tp);

  return (
    <div className="sp-content" data-testid="touchpoint-panel">
      <section className="sp-section">
        {stageName !== undefined && <p className="sp-context">in {stageName || 'Untitled stage'}</p>}
        <CollabTextField
          label="Title"
          target={{ kind: 'touchpoint', id, field: 'title' }}
          maxLength={TEXT_FIELDS.touchpoints.title}
          placeholder="What happens here?"
          placeholderText={NEW_TOUCHPOINT_TITLE}
        />
        <ChannelSelect value={tp.channel} onChange={(channel) => edit({ channel })} />
        <OwnerField value={tp.owner} laneId={tp.laneId} onCommit={(owner) => edit({ owner })} />
        <CollabTextField
          label="Description"
          target={{ kind: 'touchpoint', id, field: 'description' }}
          multiline
          rows={3}
          maxLength={TEXT_FIELDS.touchpoints.description}
          placeholder="What happens here, from the customer’s side"
        />
        <TouchpointEvidence id={id} />
      </section>
      <section className="sp-section">
        <h3 className="sp-section-title" id={emotionId}>
          Emotion
        </h3>
        <EmotionPicker
          value={tp.emotion as Emotion}
          labelledBy={emotionId}
          onChange={(e) => actions.setEmotion(id, e)}
        />
        {tp.emotionMeasured && (
          <p className="sp-hint" data-testid="emotion-measured-hint">
            Shown from {EMOTION_SOURCE_LABELS[tp.emotionSource ?? 'manual']} data (see “Emotion from” below);
            a score picked here is kept as the guess.
          </p>
        )}
        <PersonaEmotions tp={tp} />
        <HubControl tp={tp} onChange={(h) => actions.setHubOverride(id, h)} />
      </section>
      <FutureStateSection tp={tp} />
      <VocSection tp={tp} />
      <LinkedJourneySection holder="touchpoint" holderId={id} childMapId={tp.childMapId} name={tp.title} />
      {hub && <HubLedgerSection hubId={id} />}
      <RoutesSection id={id} hub={hub} />
      <CardLockToggle id={id} locked={tp.locked === true} />
      <DeleteFooter label="Delete touchpoint" onDelete={() => actions.deleteTouchpoint(id)} />
    </div>
  );
}
