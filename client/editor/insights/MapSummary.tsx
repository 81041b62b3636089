import './insights.css';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ALL_PERSONAS, countInbound, hubRoutesShort, mapSummary } from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useSettledInsightMap } from './useSettledMap';
import { shownVariant } from '../actions/futureApi';
import { UNOWNED } from './canvasFocus';
import { OwnerFilter } from './InsightsControls';
import { InsightPersonaSelect, useInsightPersona } from './personas/InsightPersonaSelect';

const signed = (n: number): string => `${n > 0 ? '+' : ''}${n}`;

/** The summary lists the top few; a big map's 200 hubs belong in the Hubs panel, not in every re-render. */
const SUMMARY_TOP = 8;

function MoreItems({ count, onOpen, label }: { count: number; onOpen?: () => void; label?: string }) {
  if (count <= SUMMARY_TOP) return null;
  const text = `and ${count - SUMMARY_TOP} more`;
  return (
    <li className="sp-more">
      {onOpen ? (
        <button type="button" className="sp-link" onClick={onOpen}>
          <span className="sp-link-text">
            {text}: {label}
          </span>
        </button>
      ) : (
        text
      )}
    </li>
  );
}

/** The map at a glance: its moments of pain, its hubs by load, and how many cards nobody owns. */
export function MapSummary() {
  // Settled and deferred: recounted a few times a second at most, when the canvas is idle.
  const map = useDeferredValue(useSettledInsightMap());
  // In the Future view the insights read the future state (useSettledInsightMap) and say so.
  const future = useEditor((s) => shownVariant(s) === 'future');
  const actions = useEditorActions();
  const headingId = useId();
  const [chosen, choose] = useState<string>(ALL_PERSONAS);
  const persona = useInsightPersona(chosen);
  const summary = useMemo(() => (map ? mapSummary(map, persona) : null), [map, persona]);
  const titles = useMemo(
    () => new Map(map?.touchpoints.map((t) => [t.id, t.title || 'Untitled touchpoint'])),
    [map],
  );
  if (!summary) return null;
  const select = (id: string) => actions.select({ kind: 'touchpoint', id });
  return (
    <section className="sp-section map-summary" aria-labelledby={headingId} data-testid="map-summary">
      <h3 className="sp-section-title" id={headingId}>
        {future ? 'Summary of the future state' : 'Summary'}
      </h3>
      <InsightPersonaSelect value={persona} onChange={choose} />
      <dl>
        <dt>Moments of pain</dt>
        <dd>
          {summary.momentsOfPain.length === 0 ? (
            'None: no score below neutral.'
          ) : (
            <ol>
              {summary.momentsOfPain.slice(0, SUMMARY_TOP).map((m) => (
                <li key={m.touchpointId}>
                  <button type="button" className="sp-link" onClick={() => select(m.touchpointId)}>
                    <span className="sp-link-text">{titles.get(m.touchpointId)}</span>
                  </button>{' '}
                  {signed(m.emotion)}
                  {m.kind === 'lowest' ? ' (lowest)' : ''}
                </li>
              ))}
              <MoreItems count={summary.momentsOfPain.length} />
            </ol>
          )}
        </dd>
        <dt>
          Hubs by load ({summary.hubCount} of {summary.touchpointCount} touchpoints)
        </dt>
        <dd>
          {summary.hubsByLoad.length === 0 ? (
            'No hubs.'
          ) : (
            <ol>
              {summary.hubsByLoad.slice(0, SUMMARY_TOP).map((h) => (
                <li key={h.touchpointId}>
                  <button type="button" className="sp-link" onClick={() => select(h.touchpointId)}>
                    <span className="sp-link-text">{h.title || 'Untitled touchpoint'}</span>
                  </button>{' '}
                  {h.load.toLocaleString('en')}/mo · in: {hubRoutesShort(countInbound(h.inbound))}
                </li>
              ))}
              <MoreItems
                count={summary.hubsByLoad.length}
                onOpen={() => actions.showHubs(true)}
                label="all hubs"
              />
            </ol>
          )}
        </dd>
        <dt>Ownership</dt>
        <dd>
          {summary.unownedCount === 0 ? (
            'Every touchpoint has an owner.'
          ) : (
            <button type="button" className="sp-link" onClick={() => actions.setOwnerFilter(UNOWNED)}>
              <span className="sp-link-text">
                {summary.unownedCount === 1
                  ? '1 touchpoint has no owner'
                  : `${summary.unownedCount} touchpoints have no owner`}
              </span>
            </button>
          )}
        </dd>
      </dl>
      <OwnerFilter />
    </section>
  );
}
