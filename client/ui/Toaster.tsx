import { Icon } from './Icon';
import { dismissToast, useToasts } from './toasts';

/** Renders the toast stack; mounted once by App so toasts survive page changes. */
export function Toaster() {
  const toasts = useToasts();
  return (
    // Always in the DOM: live regions only announce changes to regions that already exist.
    <div className="ui-toaster" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`ui-toast ui-toast-${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : 'status'}
        >
          {toast.tone !== 'info' && (
            <Icon name={toast.tone === 'error' ? 'alert' : 'check'} className="ui-toast-icon" />
          )}
          <span className="ui-toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="btn-link ui-toast-action"
              onClick={() => {
                dismissToast(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="ui-toast-close"
            aria-label="Dismiss"
            onClick={() => dismissToast(toast.id)}
          >
            <Icon name="x" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
