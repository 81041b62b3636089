import { useRef } from 'react';
import { showToast } from '../../ui/toasts';
import { Icon } from '../../ui/Icon';
import { copyText } from './copyText';

/** A read-only field with a link and a Copy button (selects the text where the clipboard is off limits). */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const field = useRef<HTMLInputElement>(null);
  return (
    <div className="share-copy">
      <input
        ref={field}
        className="input share-url"
        aria-label={label}
        value={value}
        readOnly
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="btn btn-sm"
        onClick={() =>
          void copyText(value, field.current).then((copied) =>
            showToast(
              copied ? 'Link copied' : 'Press Ctrl+C (⌘C) to copy the selected link',
              copied ? 'success' : 'info',
            ),
          )
        }
      >
        <Icon name="copy" size={14} />
        Copy link
      </button>
    </div>
  );
}
