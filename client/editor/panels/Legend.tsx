import { EmotionFace } from '../../ui/EmotionFace';
import {
  CHANNEL_TRAITS,
  EMOTION_COLORS,
  EMOTION_LABELS,
  NOTE_KIND_TRAITS,
  NOTE_KINDS,
  curveLanesNote,
  type Channel,
} from '../../../model';
import { noteColors } from '../../ui/noteColors';
import { useEditor } from '../EditorContext';
import { EMOTIONS, signed } from './emotionDisplay';
import { channelsInUse } from './channelsInUse';

const GRADIENT = `linear-gradient(90deg, ${EMOTIONS.map((e) => EMOTION_COLORS[e]).join(', ')})`;

/** What the colours and badges on the canvas mean: the key a deck reader needs too. */
export function Legend() {
  // Only the channels this map uses, in the canonical order, so the legend stays short. The same
  // array while they stay the same: a peer's move does not re-render the legend.
  const channels = useEditor((s) => channelsInUse(s.map?.touchpoints));
  // Hub channels are listed under the hub explanation, where their meaning is spelled out.
  const other = channels.filter((c) => !CHANNEL_TRAITS[c].contactCenter);
  const hubChannels = channels.filter((c) => CHANNEL_TRAITS[c].contactCenter);
  // A string: the legend re-renders when a lane is shown, hidden or renamed, not on every edit.
  const curveLanes = useEditor((s) => curveLanesNote(s.map?.lanes ?? []));

  return (
    <section className="sp-section" aria-label="Legend" data-testid="legend">
      <h3 className="sp-section-title">Legend</h3>

      {(other.length > 0 || channels.length === 0) && <h4 className="sp-legend-heading">Channels</h4>}
      {channels.length === 0 && <p className="sp-empty">No touchpoints yet.</p>}
      {other.length > 0 && <ChannelList channels={other} />}

      <h4 className="sp-legend-heading">Contact-center hubs</h4>
      <div className="sp-legend-hub">
        <div className="sp-hub-sample" aria-hidden="true">
          <span className="hub-badge">◉ HUB</span>
        </div>
        <p className="sp-hint">
          Contact-center touchpoints (phone, chat, messaging, support email, callback, IVR) are hubs: larger,
          orange border, HUB badge; arrows into a hub show where customers fall back on the contact center.
        </p>
      </div>
      {hubChannels.length > 0 && <ChannelList channels={hubChannels} />}

      <h4 className="sp-legend-heading">Emotion</h4>
      <div className="sp-legend-gradient" style={{ background: GRADIENT }} aria-hidden="true" />
      <ul className="sp-legend-emotions">
        {EMOTIONS.map((e) => (
          <li key={e}>
            <span className="sp-swatch" style={{ background: EMOTION_COLORS[e] }} />
            <EmotionFace emotion={e} />
            <span className="sp-legend-score">{signed(e)}</span>
            {EMOTION_LABELS[e]}
          </li>
        ))}
      </ul>
      <p className="sp-hint" data-testid="curve-lanes">
        {curveLanes}
      </p>

      <h4 className="sp-legend-heading">Notes</h4>
      <ul className="sp-legend-notes">
        {/* The canvas's own note colours, so the swatch can never drift from the cards. */}
        {NOTE_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`sp-note-swatch note-colors note-${kind}`} style={noteColors(kind)} />
            {NOTE_KIND_TRAITS[kind].label}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChannelList({ channels }: { channels: readonly Channel[] }) {
  return (
    <ul className="sp-legend-channels">
      {channels.map((c) => (
        <li key={c}>
          <span className="dot" style={{ background: CHANNEL_TRAITS[c].color }} />
          {CHANNEL_TRAITS[c].label}
        </li>
      ))}
    </ul>
  );
}
