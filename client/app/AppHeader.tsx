import type { ReactNode } from 'react';
import { InboxBell } from '../inbox/InboxBell';
import { LogoMark } from '../ui/LogoMark';
import { Link } from './Link';
import { actionsPath, mapsPath, useRoute } from './router';

/** The top bar of the non-editor pages: the product mark, linking home, and the inbox bell. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const route = useRoute();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to={mapsPath()} className="app-brand">
          <LogoMark size={26} />
          <span className="app-brand-name">Journey</span>
        </Link>
        <nav className="app-nav" aria-label="Pages">
          <Link
            to={actionsPath()}
            className="app-nav-link"
            aria-current={route.name === 'actions' ? 'page' : undefined}
          >
            Actions
          </Link>
          <Link
            to="/personas"
            className="app-nav-link"
            aria-current={route.name === 'personas' ? 'page' : undefined}
          >
            Personas
          </Link>
        </nav>
        <div className="app-header-end">
          {children}
          <InboxBell />
        </div>
      </div>
    </header>
  );
}
