import { useCallback, useEffect, useState } from 'react';
import type { TemplateRef, TemplateSummary } from '../../../model/templates/templatesApi';
import { errorMessage } from '../../api/ApiError';
import { forgetTemplatePreview } from './templatePreviews';
import { deleteTemplate, listTemplates } from '../../api/templatesApi';

export type TemplatesState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; templates: readonly TemplateSummary[] };

/** The server's templates for the gallery: loading, error with retry, and removal of a saved one. */
export function useTemplates() {
  const [state, setState] = useState<TemplatesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    listTemplates(controller.signal).then(
      (templates) => setState({ status: 'ready', templates }),
      (err: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: errorMessage(err) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  /** Removes a saved template; the list drops it once the server has. Throws the server's reason. */
  const remove = useCallback(async (ref: TemplateRef) => {
    await deleteTemplate(ref);
    forgetTemplatePreview(ref);
    setState((s) =>
      s.status === 'ready' ? { ...s, templates: s.templates.filter((t) => t.ref !== ref) } : s,
    );
  }, []);

  return { state, retry, remove };
}
