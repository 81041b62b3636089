import * as model from '../../../model';
import { useEditorActions } from '../useEditorActions';
import { CellText } from './CellText';

/**
 * Notes and routes as tables, beside the touchpoints: their text, owner, reason and volume edited
 * in place through the editor's actions (read-only roles see plain text). Sorting and filtering
 * are the touchpoints' only; these list in the map's own order.
 */
export function NotesTable({ map, canEdit }: { map: model.JourneyMap; canEdit: boolean }) {
  const actions = useEditorActions();
  const stages = new Map(map.stages.map((s) => [s.id, s.name]));
  const cards = new Map(map.touchpoints.map((t) => [t.id, t.title]));
  return (
    <table className="touchpoint-table">
      <caption>Pain points and opportunities ({map.notes.length})</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Stage</th>
          <th scope="col">Text</th>
          <th scope="col">Owner</th>
          <th scope="col">On card</th>
          <th scope="col">Whys</th>
        </tr>
      </thead>
      <tbody>
        {map.notes.map((n, i) => {
          const kind = model.NOTE_KIND_TRAITS[n.kind].label;
          const name = `${kind.toLowerCase()} ${i + 1}`;
          return (
            <tr key={n.id}>
              <td>{kind}</td>
              <td>{stages.get(n.stageId)}</td>
              <th scope="row">
                {canEdit ? (
                  <CellText
                    value={n.text}
                    label={`Text of ${name}`}
                    onCommit={(text) => actions.updateNote(n.id, { text })}
                  />
                ) : (
                  n.text
                )}
              </th>
              <td>
                {canEdit ? (
                  <CellText
                    value={n.owner ?? ''}
                    label={`Owner of ${name}`}
                    onCommit={(owner) => actions.updateNote(n.id, { owner })}
                  />
                ) : (
                  n.owner
                )}
              </td>
              <td>{n.touchpointId ? cards.get(n.touchpointId) : ''}</td>
              <td>{(n.whys ?? []).filter((w) => w.trim() !== '').join(' → ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function RoutesTable({ map, canEdit }: { map: model.JourneyMap; canEdit: boolean }) {
  const actions = useEditorActions();
  const cards = new Map(map.touchpoints.map((t) => [t.id, t.title]));
  return (
    <table className="touchpoint-table">
      <caption>Routes ({map.connections.length})</caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col">Reason</th>
          <th scope="col">Volume / month</th>
        </tr>
      </thead>
      <tbody>
        {map.connections.map((c) => {
          const name = `the route ${cards.get(c.from) ?? ''} to ${cards.get(c.to) ?? ''}`;
          return (
            <tr key={c.id}>
              <th scope="row">{cards.get(c.from)}</th>
              <td>{cards.get(c.to)}</td>
              <td>
                {canEdit ? (
                  <CellText
                    value={c.label ?? ''}
                    label={`Reason for ${name}`}
                    onCommit={(label) => actions.setConnectionDetails(c.id, { label })}
                  />
                ) : (
                  c.label
                )}
              </td>
              <td>
                {canEdit ? (
                  <CellText
                    value={c.volume === undefined ? '' : String(c.volume)}
                    label={`Volume of ${name}`}
                    // A value that is not a whole number ≥ 0 is not written: the field shows the stored one again.
                    onCommit={(v) => {
                      const volume = Number(v);
                      if (v.trim() !== '' && Number.isInteger(volume) && volume >= 0)
                        actions.setConnectionDetails(c.id, { volume });
                    }}
                  />
                ) : (
                  c.volume
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
