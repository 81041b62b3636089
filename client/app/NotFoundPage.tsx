import { Icon } from '../ui/Icon';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AppHeader } from './AppHeader';
import { Link } from './Link';
import { mapsPath } from './router';

/** Any path the router does not know. */
export function NotFoundPage() {
  useDocumentTitle('Page not found · Journey');
  return (
    <div className="app-page">
      <AppHeader />
      <main className="not-found">
        <p className="not-found-code">404</p>
        <h1 className="not-found-title">Page not found</h1>
        <p className="not-found-text">
          There is nothing at this address. It may have been moved, or the link is mistyped.
        </p>
        <Link to={mapsPath()} className="btn btn-primary">
          <Icon name="arrowLeft" />
          Back to your maps
        </Link>
      </main>
    </div>
  );
}
