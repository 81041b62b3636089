/** T9's rows in serverBench's table (kept here so serverBench only calls it). */
import type { BenchServer, ServerKind } from './processes';
import { presence300, PRESENCE300 } from './presence300';

type Record = (
  test: string,
  figure: string,
  unit: string,
  bar: string,
  kind: ServerKind,
  value: number | undefined,
) => void;

export async function recordPresence300(server: BenchServer, record: Record): Promise<void> {
  const r = await presence300(server);
  console.error(`  T9 ${server.kind}: ${JSON.stringify(r)}`);
  const who = `${PRESENCE300.peers} peers at ${PRESENCE300.hz} Hz`;
  record('T9', `${who}: updates sent (offered)`, 'msg/s', '6,000', server.kind, r.sentPerSecond);
  record('T9', `${who}: server CPU`, '% of a core', '< 100', server.kind, r.cpuPercent);
  record('T9', `${who}: received per peer`, 'KB/s', '', server.kind, r.bytesPerPeerPerSecond / 1000);
  record('T9', `${who}: messages per peer`, 'msg/s', '', server.kind, r.messagesPerPeerPerSecond);
  record('T9', `${who}: cursor age p50`, 'ms', '', server.kind, r.p50);
  record('T9', `${who}: cursor age p99`, 'ms', '≤ 100', server.kind, r.p99);
  record('T9', `${who}: sockets lost`, 'sockets', '0', server.kind, r.closed);
}
