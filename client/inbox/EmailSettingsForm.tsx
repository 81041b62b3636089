import { useEffect, useId, useState } from 'react';
import type { EmailSettingsResponse } from '../../model';
import { errorMessage } from '../api/ApiError';
import { getEmailSettings, putEmailSettings } from '../api/inboxApi';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; saved: EmailSettingsResponse };

/**
 * Optional e-mail for this person's notifications. The server says whether it can send e-mail at
 * all (JOURNEY_SMTP_URL); without it the form says so and is disabled.
 */
export function EmailSettingsForm() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [email, setEmail] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const emailId = useId();
  const hintId = useId();

  useEffect(() => {
    const abort = new AbortController();
    getEmailSettings(abort.signal).then(
      (saved) => {
        setLoad({ status: 'ready', saved });
        setEmail(saved.email ?? '');
        setEnabled(saved.emailEnabled);
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setLoad({ status: 'error', message: errorMessage(error) });
      },
    );
    return () => abort.abort();
  }, []);

  const configured = load.status === 'ready' && load.saved.configured;
  const trimmed = email.trim();
  const dirty =
    load.status === 'ready' && (trimmed !== (load.saved.email ?? '') || enabled !== load.saved.emailEnabled);

  async function save() {
    if (enabled && trimmed === '') {
      setMessage({ kind: 'error', text: 'Enter an e-mail address to turn e-mail on.' });
      return;
    }
    setSaving(true);
    setMessage(null);
    try {
      const saved = await putEmailSettings({ email: trimmed === '' ? null : trimmed, emailEnabled: enabled });
      setLoad({ status: 'ready', saved });
      setMessage({
        kind: 'ok',
        text: saved.emailEnabled ? 'Saved. New notifications will be e-mailed.' : 'Saved.',
      });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="ib-card ib-email" aria-labelledby={`${emailId}-title`}>
      <div className="ib-card-body">
        <h2 className="ib-section-title" id={`${emailId}-title`}>
          E-mail
        </h2>
        {load.status === 'loading' && (
          <p className="ib-hint" role="status">
            Loading your e-mail settings…
          </p>
        )}
        {load.status === 'error' && (
          <p className="ib-hint ib-error" role="alert">
            Could not load your e-mail settings: {load.message}
          </p>
        )}
        {load.status === 'ready' && (
          <form
            className="ib-email-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <p className="ib-hint" id={hintId}>
              {configured
                ? 'Get each new notification by e-mail too, with a link to the map.'
                : 'E-mail is not configured on this server (its administrator can set JOURNEY_SMTP_URL). Your inbox still works here.'}
            </p>
            <div className="ib-email-row">
              <div className="ib-email-field">
                <label className="field-label" htmlFor={emailId}>
                  E-mail address
                </label>
                <input
                  id={emailId}
                  className="input"
                  type="email"
                  autoComplete="email"
                  placeholder="you@example.org"
                  value={email}
                  maxLength={254}
                  disabled={!configured || saving}
                  aria-describedby={hintId}
                  onChange={(e) => setEmail(e.target.value)}
                />
              </div>
              <label className="ib-check">
                <input
                  type="checkbox"
                  checked={enabled}
                  disabled={!configured || saving}
                  onChange={(e) => setEnabled(e.target.checked)}
                />
                E-mail me new notifications
              </label>
              <button type="submit" className="btn btn-primary" disabled={!configured || saving || !dirty}>
                {saving ? 'Saving…' : 'Save'}
              </button>
            </div>
            {message && (
              <p className={`ib-hint ${message.kind === 'ok' ? 'ib-ok' : 'ib-error'}`} role="status">
                {message.text}
              </p>
            )}
          </form>
        )}
      </div>
    </section>
  );
}
