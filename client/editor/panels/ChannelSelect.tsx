import { useId } from 'react';
import { PanelField } from '../text/PanelField';
import {
  CHANNEL_COLORS,
  CHANNEL_LABELS,
  CHANNELS,
  CONTACT_CENTER_CHANNELS,
  type Channel,
} from '../../../model';

const CONTACT_CENTER = CHANNELS.filter((c) => CONTACT_CENTER_CHANNELS.has(c));
const OTHER = CHANNELS.filter((c) => !CONTACT_CENTER_CHANNELS.has(c));

/** The channel, grouped so people see which choices make a contact-center hub. */
export function ChannelSelect({ value, onChange }: { value: Channel; onChange: (c: Channel) => void }) {
  const id = useId();
  const option = (c: Channel) => (
    <option key={c} value={c}>
      {CHANNEL_LABELS[c]}
    </option>
  );
  return (
    <PanelField label="Channel" htmlFor={id}>
      <div className="sp-select-dot" style={{ ['--dot' as string]: CHANNEL_COLORS[value] }}>
        <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as Channel)}>
          <optgroup label="Digital and in person">{OTHER.map(option)}</optgroup>
          <optgroup label="Contact center (hub)">{CONTACT_CENTER.map(option)}</optgroup>
        </select>
      </div>
    </PanelField>
  );
}
