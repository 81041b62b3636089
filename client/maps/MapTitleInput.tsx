import { useRef, useState } from 'react';
import { MAP_TITLE_MAX } from '../api/mapsApi';

interface MapTitleInputProps {
  initialTitle: string;
  /**
   * Called once: with the new title on Enter or blur, with null on Escape. `byKeyboard` tells the
   * row whether to take focus back (after blur, focus has already gone where the person wanted).
   */
  onDone: (title: string | null, byKeyboard: boolean) => void;
}

/** The inline rename field that replaces a map's title in its row. */
export function MapTitleInput({ initialTitle, onDone }: MapTitleInputProps) {
  const [value, setValue] = useState(initialTitle);
  // Enter and Escape unmount the field, which may also fire blur; only the first one counts.
  const done = useRef(false);

  function finish(title: string | null, byKeyboard: boolean) {
    if (done.current) return;
    done.current = true;
    onDone(title, byKeyboard);
  }

  return (
    <input
      className="input map-title-input"
      aria-label="Map title"
      value={value}
      maxLength={MAP_TITLE_MAX}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish(null, true);
        }
      }}
      onBlur={() => finish(value, false)}
    />
  );
}
