import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { isAbort, type ProgressFn } from './exportProgress';

/** Below this, an export just happens; past it the dialog shows progress and a Cancel button. */
const SLOW_AFTER_MS = 300;

export type ExportJob =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly fraction: number; readonly label: string; readonly slow: boolean }
  | { readonly status: 'error'; readonly message: string };

/**
 * Runs one export at a time with progress and cancellation. Cancelling aborts the signal the work
 * checks between its steps; closing the dialog cancels too.
 */
export function useExportJob() {
  const [job, setJob] = useState<ExportJob>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (work: (signal: AbortSignal, onProgress: ProgressFn) => Promise<void>) => {
    controller.current?.abort();
    const ctrl = new AbortController();
    controller.current = ctrl;
    let slow = false;
    setJob({ status: 'running', fraction: 0, label: 'Starting…', slow });
    const timer = window.setTimeout(() => {
      slow = true;
      setJob((j) => (j.status === 'running' ? { ...j, slow } : j));
    }, SLOW_AFTER_MS);
    const onProgress: ProgressFn = (fraction, label) => {
      if (!ctrl.signal.aborted) setJob({ status: 'running', fraction, label, slow });
    };
    try {
      await work(ctrl.signal, onProgress);
      if (!ctrl.signal.aborted) setJob({ status: 'idle' });
    } catch (error) {
      if (ctrl.signal.aborted || isAbort(error)) return;
      setJob({ status: 'error', message: errorMessage(error) });
    } finally {
      window.clearTimeout(timer);
      if (controller.current === ctrl) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setJob({ status: 'idle' });
  }, []);

  return { job, run, cancel };
}
