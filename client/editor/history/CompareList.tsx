import { useReactFlow } from '@xyflow/react';
import { DIFF_KIND_NOUNS, type DiffKind, type FieldChange, type RecordChange } from '../../../model/history';
import { highlightDiff } from '../canvas/projection/highlightDiff';
import type { CanvasNode, ConnectionEdge } from '../canvas/nodeTypes';
import { useEditor, useSession } from '../EditorContext';

/** The list's groups, in the order people read them. */
const GROUPS = [
  { change: 'added', title: 'Added' },
  { change: 'removed', title: 'Removed' },
  { change: 'changed', title: 'Changed' },
] as const satisfies ReadonlyArray<{ change: RecordChange['change']; title: string }>;

/** Kinds drawn on the canvas: a click on them selects and centres the card. */
const ON_CANVAS = new Set<DiffKind>(['touchpoint', 'note']);

/**
 * "Compare with now": what changed from the previewed version to the live map, grouped added /
 * removed / changed, with each field "old → new". The same diff as the canvas marks (highlightDiff),
 * following the live map as people keep editing.
 */
export function CompareList() {
  const base = useEditor((s) => (s.highlight?.kind === 'compare' ? s.highlight.base : null));
  const live = useEditor((s) => s.map);
  const stageNames = useEditor((s) => s.map?.stages);
  const { store } = useSession();
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  if (!base || !live) return null;
  const diff = highlightDiff(base, live);
  const stageName = (id: string | null) =>
    (id && (stageNames?.find((s) => s.id === id) ?? base.stages.find((s) => s.id === id))?.name) || '';

  function show(change: RecordChange) {
    if (change.kind !== 'touchpoint' && change.kind !== 'note') return;
    store.setState({ selection: { kind: change.kind, id: change.id }, group: [] });
    const node = flow.getNode(change.id);
    if (!node) return;
    const { width = 0, height = 0 } = node.measured ?? {};
    void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
      zoom: Math.max(flow.getZoom(), 0.8),
      duration: 300,
    });
  }

  const { counts } = diff;
  return (
    <section
      className="history-compare"
      data-testid="history-compare"
      aria-label="Changes since this version"
    >
      <p className="history-compare-summary">
        Since this version: {counts.added} added · {counts.removed} removed · {counts.changed} changed
        {' cards and notes'}
      </p>
      {diff.changes.length === 0 && diff.info.length === 0 && (
        <p className="sp-empty">Nothing has changed since this version.</p>
      )}
      {diff.info.length > 0 && (
        <div className="history-group">
          <h3 className="history-group-title">Map info</h3>
          <FieldList fields={diff.info} />
        </div>
      )}
      {GROUPS.map(({ change, title }) => {
        const items = diff.changes.filter((c) => c.change === change);
        if (items.length === 0) return null;
        return (
          <div key={change} className="history-group" data-testid={`history-${change}`}>
            <h3 className="history-group-title">
              {title} <span className="history-group-count">{items.length}</span>
            </h3>
            <ul className="history-changes">
              {items.map((c) => (
                <li key={`${c.kind}:${c.id}`} className={`history-change is-${c.change}`}>
                  <button
                    type="button"
                    className="history-change-main"
                    disabled={!ON_CANVAS.has(c.kind)}
                    onClick={() => show(c)}
                    data-testid="history-change"
                  >
                    <span className="history-change-kind">{DIFF_KIND_NOUNS[c.kind]}</span>
                    <span className="history-change-title">{c.title || 'Untitled'}</span>
                    {c.stageId && <span className="history-change-stage">{stageName(c.stageId)}</span>}
                  </button>
                  {c.fields.length > 0 && <FieldList fields={c.fields} />}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** "Emotion: −1 → +2", one line a field; an empty value reads "(empty)". */
function FieldList({ fields }: { fields: readonly FieldChange[] }) {
  return (
    <ul className="history-fields">
      {fields.map((f) => (
        <li key={f.field} className="history-field">
          <span className="history-field-label">{f.label}:</span> <del>{f.before || '(empty)'}</del>
          {' → '}
          <ins>{f.after || '(empty)'}</ins>
        </li>
      ))}
    </ul>
  );
}
