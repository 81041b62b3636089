import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every socket each `intervalMs` and drops the ones that did not answer the previous ping.
 * A laptop that sleeps or loses Wi-Fi never sends a close frame; without this its cursor would
 * linger in the room until TCP gives up. Every socket the server upgraded is in `wss.clients` —
 * accepted, refused with a close code and waiting for the peer's close frame, or not yet synced —
 * so each gets the same treatment, whether or not a 'connection' event was emitted for it.
 * Returns a stop function.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const watched = new WeakSet<WebSocket>();
  const awaitingPong = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!watched.has(ws)) {
        watched.add(ws);
        ws.on('pong', () => awaitingPong.delete(ws));
      } else if (awaitingPong.has(ws)) {
        ws.terminate();
        continue;
      }
      awaitingPong.add(ws);
      ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
