import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every socket each `intervalMs` and drops the ones that did not answer the previous ping.
 * A laptop that sleeps or loses Wi-Fi never sends a close frame; without this its cursor would
 * linger in the room until TCP gives up. Returns a stop function.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
