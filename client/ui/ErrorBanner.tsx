import { Icon } from './Icon';

/** A failure that blocks the page's content, with a way to try again. */
export function ErrorBanner({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <div className="ui-banner ui-banner-error" role="alert">
      <Icon name="alert" size={18} className="ui-banner-icon" />
      <div className="ui-banner-text">
        <p className="ui-banner-title">{title}</p>
        <p className="ui-banner-message">{message}</p>
      </div>
      {onRetry && (
        <button type="button" className="btn btn-sm" onClick={onRetry}>
          <Icon name="refresh" size={14} />
          Retry
        </button>
      )}
    </div>
  );
}
