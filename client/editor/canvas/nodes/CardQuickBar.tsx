import './cardEditing.css';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '@xyflow/react';
import { CHANNEL_TRAITS, EMOTION_COLORS, type Channel, type Emotion } from '../../../../model';
import { EmotionFace } from '../../../ui/EmotionFace';
import { channelForKey, createEmotionKeys } from '../../cardKeys';
import { useSession } from '../../EditorContext';
import { EMOTIONS, emotionName, signed } from '../../panels/emotionDisplay';
import { useEditorActions } from '../../useEditorActions';
import { ChannelList } from './ChannelList';

/** The bar grows back to its real size down to this zoom (1 / 2.5 = 40 %), then shrinks with the map. */
const MAX_SCALE = 2.5;

interface CardQuickBarProps {
  id: string;
  channel: Channel;
  emotion: Emotion;
  title: string;
}

/**
 * Under the selected (or just added) card: its channel and emotion, set without the side panel, by
 * pointer or keyboard. Tab order: title → channel → emotion → a new card after this one. On the
 * channel button a letter picks the channel with that initial (again to cycle); on the emotion
 * scale -2…+2 or the arrows pick the score.
 */
export function CardQuickBar({ id, channel, emotion, title }: CardQuickBarProps) {
  const actions = useEditorActions();
  const { store } = useSession();
  const [listOpen, setListOpen] = useState(false);
  const channelButton = useRef<HTMLButtonElement>(null);
  const emotionKeys = useMemo(() => createEmotionKeys(), []);
  const faces = useRef<Array<HTMLButtonElement | null>>([]);
  // Drawn at a size a pointer can hit whatever the zoom (at Fit a card is a few dozen pixels tall).
  const scale = useStore((s) => Math.min(MAX_SCALE, Math.max(1, 1 / s.transform[2])));

  const setEmotion = (e: Emotion) => {
    actions.setShownEmotion(id, e);
    faces.current[EMOTIONS.indexOf(e)]?.focus();
  };

  const onChannelKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.metaKey || e.ctrlKey || e.altKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      setListOpen(true);
      return;
    }
    const next = channelForKey(channel, e.key);
    if (next) {
      e.preventDefault();
      e.stopPropagation();
      actions.setChannel(id, next);
    }
  };

  const onEmotionKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.metaKey || e.ctrlKey || e.altKey) return;
    const at = EMOTIONS.indexOf(emotion);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      e.stopPropagation();
      const next =
        EMOTIONS[Math.max(0, Math.min(EMOTIONS.length - 1, at + (e.key === 'ArrowLeft' ? -1 : 1)))];
      if (next !== undefined) setEmotion(next);
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey) {
      // The next card of the same cell, ready for its title: capture goes on without the mouse.
      e.preventDefault();
      e.stopPropagation();
      const map = store.getState().map;
      const tp = map?.touchpoints.find((t) => t.id === id);
      if (!map || !tp) return;
      const cell = map.touchpoints.filter((t) => t.stageId === tp.stageId && t.laneId === tp.laneId);
      actions.addTouchpoint({ stageId: tp.stageId, laneId: tp.laneId, index: cell.indexOf(tp) + 1 });
      return;
    }
    const score = emotionKeys(e.key);
    if (score === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    if (score !== 'pending') setEmotion(score);
  };

  return (
    <div
      className="card-quickbar nodrag nopan"
      role="toolbar"
      aria-label={`Channel and emotion of ${title}`}
      style={scale > 1 ? { transform: `scale(${scale})` } : undefined}
    >
      <button
        ref={channelButton}
        type="button"
        className="qb-channel"
        data-card-part="channel"
        aria-haspopup="listbox"
        aria-expanded={listOpen}
        aria-label={`Channel: ${CHANNEL_TRAITS[channel].label}`}
        title="Channel — type its initial (again to cycle), or ↓ for the list"
        onClick={() => setListOpen((open) => !open)}
        onKeyDown={onChannelKey}
      >
        <span className="dot" style={{ background: CHANNEL_TRAITS[channel].color }} />
        <span className="qb-channel-name">{CHANNEL_TRAITS[channel].label}</span>
        <span className="qb-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {listOpen && (
        <ChannelList
          value={channel}
          anchor={channelButton}
          onPick={(c) => {
            actions.setChannel(id, c);
            setListOpen(false);
            channelButton.current?.focus();
          }}
          onClose={() => {
            setListOpen(false);
            channelButton.current?.focus();
          }}
        />
      )}
      <div
        className="qb-emotions"
        role="radiogroup"
        aria-label="Emotion"
        data-card-part="emotion"
        onKeyDown={onEmotionKey}
      >
        {EMOTIONS.map((e, i) => (
          <button
            key={e}
            ref={(node) => {
              faces.current[i] = node;
            }}
            type="button"
            role="radio"
            aria-checked={e === emotion}
            tabIndex={e === emotion ? 0 : -1}
            className={`qb-emotion${e === emotion ? ' is-active' : ''}`}
            style={{ ['--emotion' as string]: EMOTION_COLORS[e] }}
            aria-label={emotionName(e)}
            title={`${signed(e)} — type ${signed(e)}`}
            onClick={() => setEmotion(e)}
          >
            <EmotionFace emotion={e} size={15} />
          </button>
        ))}
      </div>
    </div>
  );
}
