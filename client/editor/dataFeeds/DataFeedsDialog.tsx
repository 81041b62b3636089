import { useState } from 'react';
import type { MetricsCsvPlan } from '../../../model';
import { Dialog } from '../../ui/Dialog';
import { ApiTokensPanel } from './ApiTokensPanel';
import { MetricsCsvPanel } from './MetricsCsvPanel';
import { useMetricsCsvImport } from './useMetricsCsvImport';
import './dataFeeds.css';

export type DataFeedsTab = 'csv' | 'tokens';

const TABS: ReadonlyArray<{ readonly id: DataFeedsTab; readonly label: string }> = [
  { id: 'csv', label: 'Import CSV' },
  { id: 'tokens', label: 'API tokens' },
];

/**
 * Live VoC data in: upload a metrics CSV (mapped and previewed, then written all or nothing by the
 * server) or manage the API tokens survey tools push with.
 */
export function DataFeedsDialog({
  initialTab = 'csv',
  onClose,
}: {
  initialTab?: DataFeedsTab;
  onClose: () => void;
}) {
  const [tab, setTab] = useState<DataFeedsTab>(initialTab);
  const csv = useMetricsCsvImport(onClose);
  const importLabel = csv.pending
    ? 'Importing…'
    : csv.canImport
      ? `Import ${writesText(csv.plan)}`
      : 'Import';
  return (
    <Dialog
      title="Metrics data"
      description="Bring survey results into this map: cards show the latest value, and emotion follows it where its source is a metric."
      onClose={onClose}
      dismissible={!csv.pending}
      className="df-dialog"
      footer={
        tab === 'csv' ? (
          <>
            <span className="df-footer-note">Nothing is written until you import.</span>
            <button type="button" className="btn" onClick={onClose} disabled={csv.pending}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void csv.upload()}
              disabled={!csv.canImport}
            >
              {importLabel}
            </button>
          </>
        ) : (
          <button type="button" className="btn" onClick={onClose}>
            Done
          </button>
        )
      }
    >
      <div className="df-tabs" role="tablist" aria-label="Metrics data">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`df-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`df-panel-${id}`}
            className={`df-tab${tab === id ? ' is-active' : ''}`}
            onClick={() => setTab(id)}
            disabled={csv.pending}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`df-panel-${tab}`} aria-labelledby={`df-tab-${tab}`}>
        {tab === 'csv' ? <MetricsCsvPanel csv={csv} /> : <ApiTokensPanel />}
      </div>
    </Dialog>
  );
}

/** "2 points and 1 verbatim". */
function writesText(plan: MetricsCsvPlan | null): string {
  const points = plan?.points.length ?? 0;
  const verbatims = plan?.verbatims.length ?? 0;
  const parts = [];
  if (points > 0) parts.push(`${points} ${points === 1 ? 'point' : 'points'}`);
  if (verbatims > 0) parts.push(`${verbatims} ${verbatims === 1 ? 'verbatim' : 'verbatims'}`);
  return parts.join(' and ');
}
