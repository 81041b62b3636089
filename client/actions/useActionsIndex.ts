import { useCallback, useEffect, useRef, useState } from 'react';
import { isOverdue, type ActionRow, type ActionStatus } from '../../model';
import { errorMessage } from '../api/ApiError';
import { listActions, patchActionStatus } from '../api/actionsApi';
import { showToast } from '../ui/toasts';

export type ActionsIndexState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; rows: readonly ActionRow[]; today: string };

export interface ActionsIndexHook {
  state: ActionsIndexState;
  retry: () => void;
  /** Shows the new status at once; puts the old one back, with a toast saying why, if the server refuses. */
  setStatus: (row: ActionRow, status: ActionStatus) => Promise<void>;
  /** Actions whose status change is on its way (their select shows it). */
  saving: ReadonlySet<string>;
}

const rowKey = (row: Pick<ActionRow, 'mapId'> & { action: { id: string } }) =>
  `${row.mapId}/${row.action.id}`;

/**
 * The actions across maps and the status changes made on the page. The list is fetched again when
 * the tab regains focus (statuses changed on a map elsewhere show up); a refresh that overlaps a
 * change made here is dropped, so it cannot undo what the person just did.
 */
export function useActionsIndex(token: string | null): ActionsIndexHook {
  const [state, setState] = useState<ActionsIndexState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const editVersion = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    listActions(controller.signal, token).then(
      ({ actions, today }) => setState({ status: 'ready', rows: actions, today }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: errorMessage(error) });
      },
    );
    return () => controller.abort();
  }, [attempt, token]);

  useEffect(() => {
    let controller: AbortController | undefined;
    function refresh() {
      if (document.visibilityState !== 'visible') return;
      controller?.abort();
      controller = new AbortController();
      const startedAt = editVersion.current;
      listActions(controller.signal, token).then(
        ({ actions, today }) => {
          if (editVersion.current !== startedAt) return;
          setState((prev) => (prev.status === 'ready' ? { status: 'ready', rows: actions, today } : prev));
        },
        () => {},
      );
    }
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
      controller?.abort();
    };
  }, [token]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const setStatus = useCallback(
    async (row: ActionRow, status: ActionStatus) => {
      const key = rowKey(row);
      const put = (next: ActionStatus, only: ActionStatus | null) => {
        editVersion.current++;
        setState((prev) => {
          if (prev.status !== 'ready') return prev;
          const rows = prev.rows.map((r) => {
            if (rowKey(r) !== key || (only !== null && r.action.status !== only)) return r;
            const action = { ...r.action, status: next };
            return { ...r, action, overdue: isOverdue(action, prev.today) };
          });
          return { ...prev, rows };
        });
      };
      const mark = (on: boolean) =>
        setSaving((prev) => {
          const next = new Set(prev);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        });
      put(status, null);
      mark(true);
      try {
        await patchActionStatus(row.mapId, row.action.id, status, token);
      } catch (error) {
        // Back to what it was, unless another change has replaced ours meanwhile.
        put(row.action.status, status);
        showToast(`Could not change the status of “${row.action.title}”. ${errorMessage(error)}`, 'error');
      } finally {
        mark(false);
      }
    },
    [token],
  );

  return { state, retry, setStatus, saving };
}
