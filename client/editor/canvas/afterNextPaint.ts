/**
 * Runs `fn` once the next frame has been painted: a task posted from that frame's animation-frame
 * callback runs after the frame's style, layout and paint (the callback itself would run before
 * them, and its work would hold the frame back). Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) fn();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
