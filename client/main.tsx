// First: configures zod before any schema parses (no eval under the server's CSP).
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// Chinese (and other CJK) text on machines without a CJK system font: the browser fetches only the
// unicode-range chunks a page's text needs, so Latin-only maps load none of it.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles/tokens.css';
import './styles/controls.css';
import './ui/ui.css';
import './app/app.css';
import './maps/maps.css';
import './maps/newMapDialog.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The service worker (public/sw.js) keeps the app shell, so an open map reloads while the server is
// down. Production only: in dev it would cache Vite's modules and hide edits behind stale copies.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker
    .register('/sw.js')
    .catch((err: unknown) => console.warn('[journey] no offline shell', err));
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
