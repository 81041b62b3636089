import { useId, useState } from 'react';
import { useFacilitation, useFacilitationActions } from './useFacilitation';

const PRESETS_MIN = [1, 3, 5, 10];
const MINUTE = 60_000;

/** Starts the shared countdown (presets or custom minutes, with an optional label), adds time, stops it. */
export function TimerControls() {
  const running = useFacilitation((f) => f.timer !== null);
  const actions = useFacilitationActions();
  const [label, setLabel] = useState('');
  const [custom, setCustom] = useState('15');
  const labelId = useId();
  const customId = useId();
  const start = (minutes: number) => actions.startTimer(minutes * MINUTE, label);
  const customMinutes = Number(custom);
  const customValid = Number.isFinite(customMinutes) && customMinutes > 0 && customMinutes <= 180;

  return (
    <section className="fac-section" aria-label="Timer">
      <h3 className="fac-section-title">Timer</h3>
      <div className="fac-row">
        {PRESETS_MIN.map((m) => (
          <button
            key={m}
            type="button"
            className="btn btn-sm"
            aria-label={`Start a ${m} minute timer`}
            onClick={() => start(m)}
          >
            {m} min
          </button>
        ))}
      </div>
      <div className="fac-row">
        <label className="fac-field-label" htmlFor={customId}>
          Custom
        </label>
        <input
          id={customId}
          className="input fac-number"
          type="number"
          min={1}
          max={180}
          value={custom}
          aria-label="Custom minutes"
          onChange={(e) => setCustom(e.target.value)}
        />
        <span className="fac-unit">min</span>
        <button
          type="button"
          className="btn btn-sm"
          disabled={!customValid}
          onClick={() => start(customMinutes)}
        >
          Start
        </button>
      </div>
      <input
        id={labelId}
        className="input fac-label-input"
        placeholder="Label (optional), e.g. Pain points"
        aria-label="Timer label"
        maxLength={80}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      {running && (
        <div className="fac-row">
          <button type="button" className="btn btn-sm" onClick={() => actions.addTime(MINUTE)}>
            +1 min
          </button>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => actions.stopTimer()}>
            Stop timer
          </button>
        </div>
      )}
    </section>
  );
}
