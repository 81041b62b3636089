import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { sameDataAndSelection } from './drawnFrom';
import { CHANNEL_TRAITS, EMOTION_LABELS, emotionColor, hubBadgeTitle, type Emotion } from '../../../../model';
import { EmotionFace } from '../../../ui/EmotionFace';
import type { TouchpointCardNode } from '../nodeTypes';
import { CardLockIcon } from '../../facilitation/CardLockIcon';
import { VoteBadge } from '../../facilitation/VoteBadge';
import { CommentBadge } from '../../comments/CommentBadge';
import { PeerRing } from '../../presence/PeerRing';
import { useEditorActions } from '../../useEditorActions';
import { EMOTION_SOURCE_LABELS } from '../../panels/emotionDisplay';
import { CardFigures } from './CardFigures';
import { CardQuickBar } from './CardQuickBar';
import { CardTextEditor } from './CardTextEditor';
import { useCardUi } from './useCardUi';
import { useCanRoute, useRouteDrop } from './useRouteDrop';
import { OverdueFlag } from '../../programme/OverdueFlag';
import { EvidenceMark } from '../../programme/EvidenceMark';
import { LinkChip } from '../../links/LinkChip';
import { FutureBadge } from './FutureBadge';

/**
 * A touchpoint card: channel colour strip, title, owner (flagged when missing), emotion chip.
 * Hubs (contact-center touchpoints) are larger, with a stronger border and a HUB badge.
 */
export const TouchpointCard = memo(function TouchpointCard({
  data,
  selected,
}: NodeProps<TouchpointCardNode>) {
  const { touchpoint: tp, hub, needsOwner, routesIn, routesViaHubs, highlight, dimmed, mark } = data;
  const ui = useCardUi(tp.id);
  const actions = useEditorActions();
  const color = CHANNEL_TRAITS[tp.channel].color;
  const quotes = tp.voc?.verbatims ?? [];
  const measured = tp.emotionMeasured === true;
  const drop = useRouteDrop(tp.id);
  const canRoute = useCanRoute();
  return (
    <>
      <div
        className={`tp-card${hub ? ' is-hub' : ''}${selected ? ' is-selected' : ''}${highlight ? ' is-highlighted' : ''}${dimmed ? ' is-dimmed' : ''}${mark ? ` is-marked mark-${mark}` : ''}`}
        style={{ ['--channel' as string]: color }}
        data-testid="touchpoint-card"
        data-touchpoint-id={tp.id}
        data-hub={hub ? 'true' : 'false'}
        data-emotion={tp.emotion}
        data-highlight={highlight}
        data-dimmed={dimmed ? 'true' : undefined}
        data-mark={mark}
        data-owner-missing={needsOwner && !tp.owner.trim() ? 'true' : undefined}
        data-drop={drop}
        title={quotes.length > 0 ? quotes.map((q) => `“${q}”`).join('\n') : undefined}
        aria-label={`${tp.title}${hub ? ' (hub)' : ''}`}
        onDoubleClick={(e) => {
          // Double-click a card: type its title in place (the canvas' double-click adds a card).
          e.stopPropagation();
          if (ui.bar) actions.startEditing('touchpoint', tp.id);
        }}
      >
        <PeerRing id={tp.id} />
        <div className="tp-top">
          <span className="tp-channel">
            <span className="dot" style={{ background: color }} />
            {CHANNEL_TRAITS[tp.channel].label}
          </span>
          <CardLockIcon locked={tp.locked} />
          <OverdueFlag count={data.overdue} tip={data.overdueTip} />
          <FutureBadge tp={tp} />
          {hub && (
            <span
              className="hub-badge"
              data-testid="hub-badge"
              title={hubBadgeTitle({ direct: routesIn, viaHubs: routesViaHubs })}
            >
              ◉ HUB{routesIn > 0 ? ` · ${routesIn} in` : ''}
            </span>
          )}
        </div>
        {ui.edit ? (
          <CardTextEditor edit={ui.edit} label="Touchpoint title" />
        ) : (
          <div className="tp-title">{tp.title || 'Untitled touchpoint'}</div>
        )}
        <CardFigures figures={data.figures} />
        {tp.childMapId && <LinkChip holder="touchpoint" holderId={tp.id} childMapId={tp.childMapId} />}
        <div className="tp-bottom">
          {tp.owner ? (
            <span className="tp-owner" title="Owner">
              {tp.owner}
            </span>
          ) : needsOwner ? (
            <span className="tp-owner is-missing" title="Every touchpoint needs exactly one owner">
              ⚠ No owner
            </span>
          ) : (
            <span className="tp-owner" />
          )}
          <EvidenceMark evidence={data.evidence} />
          <span
            className={`tp-emotion${measured ? ' is-measured' : ''}`}
            style={{ background: emotionColor(tp.emotion) }}
            data-testid="tp-emotion"
            data-measured={measured ? 'true' : 'false'}
            title={`Emotion ${tp.emotion > 0 ? '+' : ''}${tp.emotion}: ${EMOTION_LABELS[tp.emotion as Emotion]}${
              measured ? ` (from ${EMOTION_SOURCE_LABELS[tp.emotionSource ?? 'manual']} data)` : ' (a guess)'
            }`}
          >
            <EmotionFace emotion={tp.emotion as Emotion} size={12} />{' '}
            {tp.emotion > 0 ? `+${tp.emotion}` : tp.emotion}
            {measured && <span className="tp-measured-tag">data</span>}
          </span>
        </div>
        <VoteBadge touchpointId={tp.id} title={tp.title} />
        <CommentBadge anchor={{ kind: 'touchpoint', id: tp.id }} label={tp.title || 'Untitled touchpoint'} />
      </div>
      {/* The handles sit on the node, not in the card: the card clips its content (overflow hidden),
          which cut the handles in half and left a 4 px strip to grab. A route starts at the dot on
          the right and ends anywhere on the target card: the whole card is its target handle, live
          only while a route is being drawn (cards.css `.tp-drop`), so any zoom and any direction work. */}
      <Handle type="source" position={Position.Right} className="tp-handle" isValidConnection={canRoute} />
      <Handle
        type="target"
        position={Position.Bottom}
        className="tp-drop"
        isConnectableStart={false}
        isValidConnection={canRoute}
      />
      {(ui.bar || ui.edit) && (
        <CardQuickBar id={tp.id} channel={tp.channel} emotion={tp.emotion as Emotion} title={tp.title} />
      )}
    </>
  );
}, sameDataAndSelection);
