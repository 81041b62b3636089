import './insights.css';
import { useDeferredValue, useMemo, useState } from 'react';
import { ALL_PERSONAS, countInbound, hubInsights, hubRoutesShort, type HubInsight } from '../../../model';
import { Icon } from '../../ui/Icon';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useSettledInsightMap } from './useSettledMap';
import { shownVariant } from '../actions/futureApi';
import { InsightPersonaSelect, useInsightPersona } from './personas/InsightPersonaSelect';

const signed = (n: number | null): string => (n === null ? '–' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`);

/**
 * Every contact-center hub of the map, busiest first: what routes into it (and from which stages),
 * its load, the share of the map's pain points that lead to it, the emotion around it and its VoC.
 * A click on a hub selects it, which puts the canvas in the hub view (its routes forward, the rest dimmed).
 */
export function HubsPanel() {
  // Settled and deferred: recounted a few times a second at most, when the canvas is idle.
  const map = useDeferredValue(useSettledInsightMap());
  // In the Future view the insights read the future state (useSettledInsightMap) and say so.
  const future = useEditor((s) => shownVariant(s) === 'future');
  const selection = useEditor((s) => s.selection);
  const actions = useEditorActions();
  const [chosen, choose] = useState<string>(ALL_PERSONAS);
  const persona = useInsightPersona(chosen);
  const hubs = useMemo(() => (map ? hubInsights(map, persona) : []), [map, persona]);
  const titles = useMemo(
    () => new Map(map?.touchpoints.map((t) => [t.id, t.title || 'Untitled touchpoint'])),
    [map],
  );
  const stages = useMemo(() => new Map(map?.stages.map((s) => [s.id, s.name])), [map]);
  return (
    <aside className="side-panel hubs-panel" aria-label="Hubs" data-testid="hubs-panel">
      <header className="sp-header">
        <h2 className="sp-header-title">Hubs</h2>
        <button
          type="button"
          className="sp-icon-btn sp-close"
          aria-label="Close hubs"
          onClick={() => actions.showHubs(false)}
        >
          <Icon name="x" size={16} />
        </button>
      </header>
      <div className="sp-body hubs-body">
        <p className="sp-hint hubs-intro">
          {future && 'In the future state. '}Where customers fall back on the contact center. Select a hub to
          see its routes on the map.
        </p>
        <InsightPersonaSelect value={persona} onChange={choose} />
        {hubs.length === 0 ? (
          <p className="sp-empty">No hubs on this map yet: phone, chat and IVR touchpoints are hubs.</p>
        ) : (
          <ul className="hubs-list">
            {hubs.map((hub) => (
              <HubRow
                key={hub.touchpointId}
                hub={hub}
                selected={selection?.kind === 'touchpoint' && selection.id === hub.touchpointId}
                titles={titles}
                stages={stages}
                onSelect={() => actions.select({ kind: 'touchpoint', id: hub.touchpointId })}
              />
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}

function HubRow({
  hub,
  selected,
  titles,
  stages,
  onSelect,
}: {
  hub: HubInsight;
  selected: boolean;
  titles: ReadonlyMap<string, string>;
  stages: ReadonlyMap<string, string>;
  onSelect: () => void;
}) {
  const { voc } = hub;
  return (
    <li
      className={`hub-row${selected ? ' is-selected' : ''}`}
      data-testid="hub-row"
      data-hub-id={hub.touchpointId}
    >
      <button type="button" className="hub-row-title" aria-pressed={selected} onClick={onSelect}>
        <span className="hub-row-badge" aria-hidden="true">
          ◉
        </span>
        {hub.title || 'Untitled touchpoint'}
      </button>
      <dl className="hub-facts">
        <div>
          <dt>Load</dt>
          <dd data-testid="hub-load">{hub.load.toLocaleString('en')}/mo</dd>
        </div>
        <div>
          <dt>Pain share</dt>
          <dd data-testid="hub-pain-share">{Math.round(hub.painShare * 100)}%</dd>
        </div>
        <div>
          <dt>Emotion before / at / after</dt>
          <dd data-testid="hub-emotion">
            {signed(hub.emotionBefore)} / {signed(hub.emotionAt)} / {signed(hub.emotionAfter)}
          </dd>
        </div>
        <div>
          <dt>VoC</dt>
          <dd data-testid="hub-voc">
            {voc?.nps !== undefined || voc?.csat !== undefined
              ? [
                  voc.nps !== undefined ? `NPS ${voc.nps}` : '',
                  voc.csat !== undefined ? `CSAT ${voc.csat}` : '',
                  voc.sampleSize !== undefined ? `n=${voc.sampleSize}` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')
              : 'No figures'}
          </dd>
        </div>
      </dl>
      <div className="hub-routes">
        <span className="hub-routes-label" data-testid="hub-route-counts">
          Routes in: {hubRoutesShort(countInbound(hub.inbound))}
        </span>
        {hub.inbound.length === 0 ? (
          <span className="sp-empty">None yet</span>
        ) : (
          <ul className="hub-route-list" data-testid="hub-routes">
            {hub.inbound.map((r) => (
              <li key={r.touchpointId} className="hub-route">
                {titles.get(r.touchpointId) ?? '?'}
                <span className="hub-route-stage">
                  {stages.get(r.stageId) ?? ''}
                  {r.direct ? ' · direct' : ' · via hubs'}
                </span>
              </li>
            ))}
          </ul>
        )}
        {hub.inboundStageIds.length > 0 && (
          <p className="hub-stages" data-testid="hub-stages">
            From: {hub.inboundStageIds.map((id) => stages.get(id) ?? '?').join(', ')}
          </p>
        )}
      </div>
    </li>
  );
}
