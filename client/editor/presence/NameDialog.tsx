import './presence.css';
import { useId, useState } from 'react';
import { initials } from '../../identity/initials';
import { cleanName, NAME_MAX } from '../../identity/userIdentity';
import { Dialog } from '../../ui/Dialog';

interface NameDialogProps {
  /** 'join' on a first visit (no way around it: presence needs a name); 'change' from the avatar menu. */
  mode: 'join' | 'change';
  initial: string;
  color: string;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** Asks for the display name shown on this person's avatar and cursor. */
export function NameDialog({ mode, initial, color, onSubmit, onClose }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const clean = cleanName(name);
  const join = mode === 'join';

  const submit = () => {
    if (!clean) {
      setError('Please enter a name, so others know who is who.');
      return;
    }
    onSubmit(clean);
  };

  return (
    <Dialog
      title={join ? 'What should we call you?' : 'Change your name'}
      description={
        join
          ? 'Your name shows on your avatar and cursor, so the others in this map know who is who. No account needed.'
          : 'Everyone in this map sees the new name at once.'
      }
      size="sm"
      className="name-dialog"
      dismissible={!join}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          {!join && (
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
          )}
          <button type="submit" className="btn btn-primary">
            {join ? 'Join map' : 'Save'}
          </button>
        </>
      }
    >
      <div className="name-dialog-row">
        <span className="avatar avatar-lg" style={{ background: color }} aria-hidden="true">
          {clean ? initials(clean) : '?'}
        </span>
        <div className="name-dialog-field">
          <label className="field-label" htmlFor={inputId}>
            Your name
          </label>
          <input
            id={inputId}
            className={`input input-lg${error ? ' is-invalid' : ''}`}
            value={name}
            maxLength={NAME_MAX}
            autoComplete="name"
            placeholder="e.g. Alex from Contact center"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </div>
      </div>
      {error && (
        <p id={`${inputId}-error`} className="ui-dialog-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
