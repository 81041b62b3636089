import { useId } from 'react';
import { PanelField } from '../text/PanelField';
import {
  CHANNEL_TRAITS,
  CONTACT_CENTER_CHANNEL_LIST,
  OTHER_CHANNEL_LIST,
  type Channel,
} from '../../../model';

/** The channel, grouped so people see which choices make a contact-center hub. */
export function ChannelSelect({ value, onChange }: { value: Channel; onChange: (c: Channel) => void }) {
  const id = useId();
  const option = (c: Channel) => (
    <option key={c} value={c}>
      {CHANNEL_TRAITS[c].label}
    </option>
  );
  return (
    <PanelField label="Channel" htmlFor={id}>
      <div className="sp-select-dot" style={{ ['--dot' as string]: CHANNEL_TRAITS[value].color }}>
        <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as Channel)}>
          <optgroup label="Digital and in person">{OTHER_CHANNEL_LIST.map(option)}</optgroup>
          <optgroup label="Contact center (hub)">{CONTACT_CENTER_CHANNEL_LIST.map(option)}</optgroup>
        </select>
      </div>
    </PanelField>
  );
}
