import { useMemo } from 'react';
import { EmotionFace } from '../../ui/EmotionFace';
import {
  EMOTION_LABELS,
  NEW_STAGE_NAME,
  NOTE_KIND_TRAITS,
  NOTE_KINDS,
  TEXT_FIELDS,
  clampEmotion,
  emotionColor,
  isHub,
  isOnCurve,
  isUnowned,
} from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { CollabTextField } from '../text/CollabTextField';
import { useFacilitation } from '../facilitation/useFacilitation';
import { signed } from './emotionDisplay';
import { LinkedJourneySection } from '../links/LinkedJourneySection';

/** A stage (column): rename it, see what it holds and how customers feel there, delete it. */
export function StagePanel({ id }: { id: string }) {
  const stage = useEditor((s) => s.map?.stages.find((st) => st.id === id));
  const touchpoints = useEditor((s) => s.map?.touchpoints);
  const notes = useEditor((s) => s.map?.notes);
  const lanes = useEditor((s) => s.map?.lanes);
  const actions = useEditorActions();
  const locked = useFacilitation((f) => f.structureLocked);
  const stats = useMemo(() => {
    const tps = (touchpoints ?? []).filter((t) => t.stageId === id);
    const stageNotes = (notes ?? []).filter((n) => n.stageId === id);
    // As on the curve: how the customer feels at the front-stage touchpoints, not backstage.
    const felt = tps.filter((t) => isOnCurve(lanes ?? [], t));
    const average = felt.length ? felt.reduce((sum, t) => sum + t.emotion, 0) / felt.length : undefined;
    return {
      touchpoints: tps.length,
      hubs: tps.filter(isHub).length,
      unowned: tps.filter((t) => isUnowned(lanes ?? [], t)).length,
      notes: NOTE_KINDS.map((kind) => stageNotes.filter((n) => n.kind === kind).length),
      average,
    };
  }, [touchpoints, notes, lanes, id]);
  if (!stage) return null;
  const avg = stats.average;

  return (
    <div className="sp-content" data-testid="stage-panel">
      <section className="sp-section">
        {/* "Name", not "Stage name": the header's inline rename field already owns that label. */}
        <CollabTextField
          label="Name"
          target={{ kind: 'stage', id, field: 'name' }}
          maxLength={TEXT_FIELDS.stages.name}
          placeholderText={NEW_STAGE_NAME}
          readOnly={locked}
          hint={
            locked
              ? 'The facilitator has locked the stages.'
              : stage.name.trim()
                ? undefined
                : 'A stage needs a name.'
          }
          hintTone={locked ? 'muted' : 'warning'}
        />
      </section>
      <section className="sp-section">
        <h3 className="sp-section-title">At this stage</h3>
        <dl className="sp-stats">
          <Stat label="Touchpoints" value={stats.touchpoints} testId="stage-touchpoint-count" />
          <Stat label="Hubs" value={stats.hubs} />
          {NOTE_KINDS.map((kind, i) => (
            <Stat key={kind} label={NOTE_KIND_TRAITS[kind].plural} value={stats.notes[i] ?? 0} />
          ))}
        </dl>
        <div className="sp-average" data-testid="stage-average-emotion">
          <span className="sp-label">Average emotion</span>
          {avg === undefined ? (
            <span className="sp-empty">
              {stats.touchpoints === 0 ? 'No touchpoints yet' : 'No touchpoints on the curve'}
            </span>
          ) : (
            <span className="sp-average-value" style={{ ['--emotion' as string]: emotionColor(avg) }}>
              <EmotionFace emotion={clampEmotion(avg)} /> {signed(avg, 1)}
              <span className="sp-average-label">{EMOTION_LABELS[clampEmotion(avg)]}</span>
            </span>
          )}
        </div>
        {stats.unowned > 0 && (
          <p className="sp-hint is-warning">
            ⚠ {stats.unowned} {stats.unowned === 1 ? 'touchpoint has' : 'touchpoints have'} no owner
          </p>
        )}
      </section>
      <LinkedJourneySection holder="stage" holderId={id} childMapId={stage.childMapId} name={stage.name} />
      <div className="sp-footer">
        <button type="button" className="btn sp-danger-btn" onClick={() => actions.askDeleteStage(id)}>
          Delete stage…
        </button>
      </div>
    </div>
  );
}

function Stat({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="sp-stat">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
