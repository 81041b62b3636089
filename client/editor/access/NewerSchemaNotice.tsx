import './access.css';
import { useEditor } from '../EditorContext';
import { NEWER_SCHEMA_MESSAGE } from './readOnlyMessage';

/**
 * Over the canvas while the map was saved by a newer Journey (store `newerSchema`): the map stays
 * readable, nothing can be changed, and a reload fetches the Journey that knows its format.
 */
export function NewerSchemaNotice() {
  const newer = useEditor((s) => s.newerSchema !== null);
  if (!newer) return null;
  return (
    <div className="newer-schema-notice" role="alert" data-testid="newer-schema-notice">
      <span>{NEWER_SCHEMA_MESSAGE}</span>
      <button type="button" className="btn btn-primary btn-sm" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}
