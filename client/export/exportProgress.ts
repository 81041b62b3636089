/** Reported while an export runs: how far (0…1) and what it is doing, for the dialog's progress bar. */
export type ProgressFn = (fraction: number, label: string) => void;

/** Thrown when the person cancelled; the dialog treats it as "nothing happened". */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Lets the browser paint (the progress bar) and handle a click on Cancel between chunks of work. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
      requestAnimationFrame(() => resolve());
    } else {
      setTimeout(resolve, 0);
    }
  });
}
