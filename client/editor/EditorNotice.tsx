import { Link } from '../app/Link';
import { mapsPath } from '../app/router';

/** A full-page message in place of the editor (map missing, deleted, unreadable). */
export function EditorNotice({ title, text }: { title: string; text: string }) {
  return (
    <div className="editor-notice" role="alert">
      <h1>{title}</h1>
      <p>{text}</p>
      <Link to={mapsPath()} className="btn btn-primary">
        Back to all maps
      </Link>
    </div>
  );
}
