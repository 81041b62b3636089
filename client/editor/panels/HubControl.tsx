import { useId } from 'react';
import {
  CHANNEL_TRAITS,
  HUB_OVERRIDES,
  isHub,
  isHubByChannel,
  type HubOverride,
  type Touchpoint,
} from '../../../model';

const OPTION_LABELS: Record<HubOverride, string> = { auto: 'Auto', hub: 'Hub', notHub: 'Not a hub' };

/** Why this touchpoint is (or is not) a hub, so nobody wonders why a card is drawn orange. */
function hubExplanation(tp: Touchpoint): string {
  const channel = CHANNEL_TRAITS[tp.channel].label;
  const byChannel = isHubByChannel(tp);
  if (tp.hub === 'hub')
    return byChannel
      ? 'Marked as hub by a facilitator (its channel makes it one anyway).'
      : 'Marked as hub by a facilitator.';
  if (tp.hub === 'notHub') {
    return byChannel
      ? `Marked as not a hub by a facilitator, although ${channel} is a contact-center channel.`
      : 'Marked as not a hub by a facilitator.';
  }
  return byChannel
    ? `Hub by channel: ${channel} is a contact-center channel.`
    : `Not a hub: ${channel} is not a contact-center channel.`;
}

/** Auto (the channel rule) / Hub / Not a hub: the facilitator's override of the hub rule. */
export function HubControl({ tp, onChange }: { tp: Touchpoint; onChange: (hub: HubOverride) => void }) {
  const id = useId();
  const hub = isHub(tp);
  return (
    <div className="sp-field">
      <div className="sp-label-row">
        <span className="sp-label" id={id}>
          Contact-center hub
        </span>
        {hub && <span className="hub-badge sp-hub-badge">◉ HUB</span>}
      </div>
      <div className="sp-segmented" role="group" aria-labelledby={id} aria-describedby={`${id}-why`}>
        {HUB_OVERRIDES.map((option) => (
          <button
            key={option}
            type="button"
            className={`sp-segment${tp.hub === option ? ' is-active' : ''}`}
            aria-pressed={tp.hub === option}
            onClick={() => onChange(option)}
          >
            {OPTION_LABELS[option]}
          </button>
        ))}
      </div>
      <p className="sp-hint" id={`${id}-why`} data-testid="hub-explanation">
        {hubExplanation(tp)}
      </p>
    </div>
  );
}
