import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { createMap } from '../../api/mapsApi';
import { clampEmotion, emotionColor, type MapLinkHolder } from '../../../model';
import { EmotionFace } from '../../ui/EmotionFace';
import { showToast } from '../../ui/toasts';
import { openChildMap } from '../actions/linkActions';
import { useCanEdit } from '../access/useAccess';
import { useSession } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { childLinkIn, useLinksStore, type ChildLinkView } from './linksStore';
import { MapPicker } from './MapPicker';
import { emotionSummary, rollupFigures } from './rollupFigures';
import './links.css';

interface Props {
  readonly holder: MapLinkHolder;
  readonly holderId: string;
  readonly childMapId: string | undefined;
  /** The card's or stage's name: a new child map is titled after it. */
  readonly name: string;
}

/**
 * The panel's "Linked journey": the child map with its full roll-up and a way to open it; editors
 * link a map they can see, create a blank child map titled after the card (drawn for the parent's
 * personas), or unlink.
 */
export function LinkedJourneySection({ holder, holderId, childMapId, name }: Props) {
  const { mapId, store } = useSession();
  const canEdit = useCanEdit();
  const actions = useEditorActions();
  const [picking, setPicking] = useState(false);
  const [creating, setCreating] = useState(false);
  const link = useLinksStore((s) =>
    childMapId ? childLinkIn(s, mapId, holder, holderId, childMapId) : null,
  );
  const ref = { holder, id: holderId };

  async function createChild() {
    setCreating(true);
    try {
      // The child details the same customers' journey: it is drawn for the parent's personas.
      const personaIds = store.getState().map?.settings.personaIds ?? [];
      const child = await createMap({
        title: name.trim() || 'Untitled journey',
        template: 'blank',
        personaIds,
      });
      if (actions.linkChildMap(ref, child.id)) showToast(`Created and linked “${child.title}”`, 'success');
    } catch (error) {
      showToast(`Could not create the child map. ${errorMessage(error)}`, 'error');
    } finally {
      setCreating(false);
    }
  }

  return (
    <section className="sp-section linked-journey" aria-labelledby={`lj-${holderId}`}>
      <h3 className="sp-section-title" id={`lj-${holderId}`}>
        Linked journey
      </h3>
      {childMapId && link ? (
        <LinkedSummary link={link} childMapId={childMapId} />
      ) : (
        !picking && (
          <p className="sp-empty">
            {canEdit
              ? `Link a map that details this ${holder}, or create one.`
              : `No linked journey for this ${holder}.`}
          </p>
        )
      )}
      {canEdit && picking && (
        <MapPicker
          exclude={mapId}
          onCancel={() => setPicking(false)}
          onPick={(m) => {
            setPicking(false);
            actions.linkChildMap(ref, m.id);
          }}
        />
      )}
      {canEdit && !picking && (
        <div className="linked-journey-actions">
          <button type="button" className="btn btn-sm" onClick={() => setPicking(true)}>
            {childMapId ? 'Change…' : 'Link a map…'}
          </button>
          {childMapId ? (
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              onClick={() => actions.linkChildMap(ref, null)}
            >
              Unlink
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-sm"
              disabled={creating}
              onClick={() => void createChild()}
            >
              {creating ? 'Creating…' : 'Create child map'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function LinkedSummary({ link, childMapId }: { link: ChildLinkView; childMapId: string }) {
  if (link === 'loading') return <p className="sp-empty">Loading the linked journey…</p>;
  if (link !== 'unknown' && link.access === 'hidden')
    return <p className="sp-hint">Linked journey (no access): you may not open the linked map.</p>;
  if (link !== 'unknown' && link.access === 'missing')
    return <p className="sp-hint is-warning">Linked map was deleted. Unlink it or link another.</p>;
  const ok = link === 'unknown' ? null : link;
  const title = ok?.title || 'Linked journey';
  const rollup = ok?.rollup;
  return (
    <div className="linked-summary">
      <button type="button" className="link-chip is-large" onClick={() => openChildMap(childMapId)}>
        <span aria-hidden="true">↳</span> <span className="link-chip-title">Open {title}</span>
      </button>
      {rollup && (
        <>
          <div className="sp-average">
            <span className="sp-label">Average emotion</span>
            {rollup.averageEmotion === null ? (
              <span className="sp-empty">No touchpoints yet</span>
            ) : (
              <span
                className="sp-average-value"
                style={{ ['--emotion' as string]: emotionColor(rollup.averageEmotion) }}
                data-testid="linked-average-emotion"
              >
                <EmotionFace emotion={clampEmotion(rollup.averageEmotion)} /> {emotionSummary(rollup)}
              </span>
            )}
          </div>
          <dl className="sp-stats">
            {rollupFigures(rollup, false).map((f) => (
              <div key={f.key} className={`sp-stat tone-${f.tone}`}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
