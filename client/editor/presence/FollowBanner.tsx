import './presence.css';
import { useFollow } from './useFollow';

/**
 * While following someone: a frame in their colour around the canvas and a banner to stop. Also
 * hosts the follow logic itself (useFollow), so mount it once inside the canvas area.
 */
export function FollowBanner() {
  const { peer, stop } = useFollow();
  if (!peer) return null;
  const style = { ['--peer' as string]: peer.user.color };
  return (
    <>
      <div className="follow-frame" style={style} aria-hidden="true" />
      <div className="follow-banner" style={style} role="status" data-testid="follow-banner">
        <span className="follow-banner-eye" aria-hidden="true" />
        <span>
          Following <strong>{peer.user.name}</strong>
        </span>
        <button type="button" className="follow-banner-stop" onClick={stop}>
          Stop
        </button>
      </div>
    </>
  );
}
