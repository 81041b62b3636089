import { EMOTION_COLORS, EMOTION_LABELS, type Emotion } from '../../../model';
import { EmotionFace } from '../../ui/EmotionFace';
import { EMOTIONS, emotionName, signed } from './emotionDisplay';

/** Five segmented buttons, -2 … +2: one click sets how the customer feels here. */
export function EmotionPicker({
  value,
  onChange,
  labelledBy,
}: {
  value: Emotion;
  onChange: (e: Emotion) => void;
  labelledBy: string;
}) {
  return (
    <div className="sp-emotions" role="group" aria-labelledby={labelledBy}>
      {EMOTIONS.map((e) => (
        <button
          key={e}
          type="button"
          className={`sp-emotion${e === value ? ' is-active' : ''}`}
          style={{ ['--emotion' as string]: EMOTION_COLORS[e] }}
          aria-pressed={e === value}
          aria-label={emotionName(e)}
          title={`${signed(e)} ${EMOTION_LABELS[e]}`}
          onClick={() => onChange(e)}
        >
          <span className="sp-emotion-face" aria-hidden="true">
            <EmotionFace emotion={e} size={18} />
          </span>
          <span className="sp-emotion-score" aria-hidden="true">
            {signed(e)}
          </span>
        </button>
      ))}
    </div>
  );
}
