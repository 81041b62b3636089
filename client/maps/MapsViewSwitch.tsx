import { useState } from 'react';

export type MapsView = 'list' | 'lifecycle';

const VIEWS: Record<MapsView, { label: string; tip: string }> = {
  list: { label: 'List', tip: 'Every map, most recently edited first' },
  lifecycle: { label: 'Lifecycle', tip: 'Maps as a tree: child maps under the maps that link them' },
};
const KEY = 'journey.mapsView';

function recalled(): MapsView {
  try {
    return localStorage.getItem(KEY) === 'lifecycle' ? 'lifecycle' : 'list';
  } catch {
    return 'list';
  }
}

/** This browser's choice of how the maps page shows the maps, kept across visits. */
export function useMapsView(): [MapsView, (view: MapsView) => void] {
  const [view, setView] = useState<MapsView>(recalled);
  return [
    view,
    (next) => {
      setView(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Private mode: the choice lasts for this visit.
      }
    },
  ];
}

/** List or lifecycle tree, as two pressed/unpressed buttons. */
export function MapsViewSwitch({ view, onChange }: { view: MapsView; onChange: (view: MapsView) => void }) {
  return (
    <div className="maps-view-switch" role="group" aria-label="Show maps as">
      {(Object.keys(VIEWS) as MapsView[]).map((v) => (
        <button
          key={v}
          type="button"
          className="btn btn-sm btn-ghost"
          aria-pressed={view === v}
          title={VIEWS[v].tip}
          onClick={() => onChange(v)}
        >
          {VIEWS[v].label}
        </button>
      ))}
    </div>
  );
}
