import { useRef } from 'react';
import { isoDay } from '../../../model';
import { metricsPushUrl } from '../../api/metricsApi';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toasts';
import { useNow } from '../../ui/useNow';
import { copyText } from '../access/copyText';
import { useEditor, useSession } from '../EditorContext';
import { curlExample } from './curlExample';
import type { NewToken } from './useApiTokens';

/**
 * A new token, shown once: its text with Copy, and a curl command that pushes one CSAT point to a
 * card of this map with it, ready to paste into a terminal.
 */
export function NewTokenSecret({ created, onDone }: { created: NewToken; onDone: () => void }) {
  const { mapId } = useSession();
  const now = useNow();
  const firstCard = useEditor((s) => s.map?.touchpoints[0]?.title) || 'Agent call';
  const example = curlExample(metricsPushUrl(mapId), created.secret, firstCard, isoDay(now));
  return (
    <section className="df-secret" aria-label="New API token" data-testid="new-api-token">
      <p className="df-secret-title">
        <Icon name="check" size={14} /> Token “{created.token.label}” created. Copy it now: it is not shown
        again.
      </p>
      <CopyRow label="API token" value={created.secret} copied="Token copied" />
      <p className="df-secret-label">Try it: push a CSAT point to “{firstCard}”</p>
      <CopyRow label="curl example" value={example} copied="Command copied" multiline />
      <div className="df-secret-actions">
        <button type="button" className="btn btn-sm" onClick={onDone}>
          I have copied it
        </button>
      </div>
    </section>
  );
}

function CopyRow({
  label,
  value,
  copied,
  multiline = false,
}: {
  label: string;
  value: string;
  copied: string;
  multiline?: boolean;
}) {
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const copy = () =>
    void copyText(value, field.current).then((ok) =>
      showToast(ok ? copied : 'Press Ctrl+C (⌘C) to copy the selected text', ok ? 'success' : 'info'),
    );
  return (
    <div className={`df-copy${multiline ? ' is-multiline' : ''}`}>
      {multiline ? (
        <textarea
          ref={field}
          className="input df-code"
          aria-label={label}
          value={value}
          readOnly
          rows={4}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : (
        <input
          ref={field}
          className="input df-code"
          aria-label={label}
          value={value}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <button type="button" className="btn btn-sm" onClick={copy} aria-label={`Copy ${label}`}>
        <Icon name="copy" size={14} />
        Copy
      </button>
    </div>
  );
}
