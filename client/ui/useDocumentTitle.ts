import { useEffect } from 'react';

/** Sets the tab title while the calling page is shown; each page names itself. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
