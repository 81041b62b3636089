import { useId } from 'react';
import { PanelField } from '../text/PanelField';
import {
  EMOTION_LABELS,
  clampEmotion,
  EMOTION_SOURCES,
  type EmotionSource,
  type Touchpoint,
} from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { NumberField } from './NumberField';
import { NUMBER_RULES } from './numberRules';
import { EMOTION_SOURCE_LABELS, signed } from './emotionDisplay';
import { MetricSeriesList } from './MetricSeriesList';
import { VerbatimList } from './VerbatimList';
import { ImportMetricsButton } from '../dataFeeds/DataFeedsButton';
import { emotionFromCsat } from './vocNumbers';

type Figure = 'nps' | 'csat' | 'sampleSize';
const FIGURES: ReadonlyArray<{ key: Figure; label: string; placeholder: string }> = [
  { key: 'nps', label: 'NPS', placeholder: '-100…100' },
  { key: 'csat', label: 'CSAT', placeholder: '1…5' },
  { key: 'sampleSize', label: 'Sample size', placeholder: 'n' },
];

/**
 * Voice of the customer at this touchpoint: NPS, CSAT, sample size, where its emotion comes from,
 * its measured series (metric points) and verbatim quotes.
 */
export function VocSection({ tp }: { tp: Touchpoint }) {
  const actions = useEditorActions();
  const headingId = useId();
  const suggested = emotionFromCsat(tp.voc);
  const suggestion = suggested === undefined ? undefined : clampEmotion(suggested);
  return (
    <section className="sp-section" aria-labelledby={headingId}>
      <h3 className="sp-section-title" id={headingId}>
        Voice of the customer
      </h3>
      <div className="sp-row sp-row-3">
        {FIGURES.map(({ key, label, placeholder }) => (
          <NumberField
            key={key}
            label={label}
            value={tp.voc?.[key]}
            rule={NUMBER_RULES[key]}
            placeholder={placeholder}
            inputMode={key === 'nps' ? 'text' : key === 'csat' ? 'decimal' : 'numeric'}
            maxLength={8}
            onCommit={(value) => actions.setVoc(tp.id, { [key]: value })}
          />
        ))}
      </div>
      {suggestion !== undefined && suggestion !== tp.emotion && !tp.emotionMeasured && (
        <div className="sp-suggestion">
          <span id={`${headingId}-suggestion`}>
            CSAT {tp.voc?.csat} suggests {signed(suggestion)} {EMOTION_LABELS[suggestion]}
          </span>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            // Described, not labelled, by the suggestion: a label with "CSAT" in it would make
            // getByLabel('CSAT') ambiguous for tests and screen-reader users alike.
            aria-describedby={`${headingId}-suggestion`}
            onClick={() => actions.setEmotion(tp.id, suggestion)}
          >
            Apply
          </button>
        </div>
      )}
      <EmotionSourceField tp={tp} />
      <MetricSeriesList touchpointId={tp.id} />
      <VerbatimList
        verbatims={tp.voc?.verbatims ?? []}
        onChange={(verbatims) => actions.setVoc(tp.id, { verbatims })}
      />
      <ImportMetricsButton />
    </section>
  );
}

/**
 * Where the card's emotion comes from: the workshop's guess, or derived from a measured figure
 * (then the card shows a "data" tag and the curve draws the point filled). A source whose figure is
 * missing is offered disabled.
 */
function EmotionSourceField({ tp }: { tp: Touchpoint }) {
  const actions = useEditorActions();
  const id = useId();
  const source = tp.emotionSource ?? 'manual';
  // A kind is there when the card has a figure typed in, or metric points of that kind.
  const measuredKinds = useEditor((s) =>
    s.map?.metrics
      .filter((p) => p.touchpointId === tp.id)
      .map((p) => p.kind)
      .join(' '),
  );
  const kinds = new Set((measuredKinds ?? '').split(' '));
  const missing = (s: EmotionSource) =>
    s !== 'manual' &&
    !kinds.has(s) &&
    (s === 'csat' ? tp.voc?.csat === undefined : s === 'nps' ? tp.voc?.nps === undefined : true);
  return (
    <PanelField label="Emotion from" htmlFor={id}>
      <select
        id={id}
        className="input"
        data-testid="emotion-source"
        value={source}
        onChange={(e) => actions.setEmotionSource(tp.id, e.target.value as EmotionSource)}
      >
        {EMOTION_SOURCES.map((value) => (
          <option key={value} value={value} disabled={value !== source && missing(value)}>
            {EMOTION_SOURCE_LABELS[value]}
            {missing(value) ? ' (no figure yet)' : ''}
          </option>
        ))}
      </select>
      {source !== 'manual' && !tp.emotionMeasured && (
        <p className="sp-hint">
          No {EMOTION_SOURCE_LABELS[source]} figure: the guess is shown until there is one.
        </p>
      )}
    </PanelField>
  );
}
