// T9 peers in a worker thread speaking just enough of the y-websocket protocol (sync step 1 to
// start, then awareness updates), so 300 of them at 20 Hz cost the machine little. Most peers are
// raw TCP sockets that do the WebSocket handshake by hand, send frames with a zero mask and only
// count the bytes they receive (frame headers included: a few bytes a message); observers are `ws`
// clients that decode every awareness message and measure each cursor's age from the `sentAt` its
// sender put in the state (and count messages).
//   open   { url, count, first, observers, hz } → 'ready' (every socket open)
//   start  {} → 'started' (each peer moves its cursor `hz` times a second, random phase)
//   reset  {} → 'reset' (counters to zero)
//   report {} → 'report' { bytes, counted, messages, sent, latencies, sizes, closed }
//   close  {} → 'closed'
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { parentPort } from 'node:worker_threads';
import { WebSocket } from 'ws';

const now = () => performance.timeOrigin + performance.now();

/** Sync step 1 with an empty state vector: "send me the doc" (Journey's server wants it within 10 s). */
const SYNC_STEP_1 = new Uint8Array([0, 0, 1, 0]);

/** @type {Array<{ clientID: number, clock: number, index: number, observer: boolean, send?: (b: Uint8Array) => void, isOpen?: () => boolean, close?: () => void }>} */
const peers = [];
const timers = [];
let bytes = 0;
let messages = 0;
let sent = 0;
let closed = 0;
let latencies = [];
/** Sizes of the messages observers received (bytes). */
let sizes = [];

/** An awareness message carrying one client's state, as y-protocols encodes it. */
function awarenessMessage(peer, state) {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, peer.clientID);
  encoding.writeVarUint(inner, ++peer.clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/**
 * A Journey tab's state (the fields its client publishes), plus the send time. Cursors are spread
 * over a big map (20 columns of people) so a viewer sees some of them; person 0 also pans its view
 * (the one a follower tab follows).
 */
function stateOf(peer, step) {
  const cx = 200 + (peer.index % 20) * 400;
  const cy = 200 + Math.floor(peer.index / 20) * 300;
  const pan = peer.index === 0 ? Math.round(400 * Math.sin(step / 40)) : 0;
  return {
    user: {
      id: `p_bench${String(peer.index).padStart(14, '0')}`,
      name: `Person ${peer.index}`,
      color: '#3366cc',
    },
    cursor: {
      x: Math.round(cx + 150 * Math.cos(step / 10 + peer.index)),
      y: Math.round(cy + 100 * Math.sin(step / 10)),
    },
    viewport: { x: -120 - pan, y: -40, zoom: 1, width: 1280, height: 720 },
    view: { x: 120 + pan, y: 40, width: 1280, height: 720 },
    sentAt: Math.round(now() * 10) / 10,
  };
}

function observe(peer, data) {
  const t = now();
  sizes.push(data.length);
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== 1) return;
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(update);
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(update);
    decoding.readVarUint(update);
    const json = decoding.readVarString(update);
    if (id === peer.clientID || json === 'null') continue;
    const sentAt = JSON.parse(json).sentAt;
    if (typeof sentAt === 'number') latencies.push(t - sentAt);
  }
}

/** A client frame (binary, final) with a zero mask: masking is required, its key may be anything. */
function frame(payload) {
  const n = payload.length;
  const head = n < 126 ? [0x82, 0x80 | n] : n < 65536 ? [0x82, 0x80 | 126, n >> 8, n & 255] : null;
  if (!head) throw new Error('frame too big for the bench');
  const out = new Uint8Array(head.length + 4 + n);
  out.set(head, 0);
  out.set(payload, head.length + 4);
  return out;
}

/** A counting peer: a TCP socket upgraded by hand; what follows the 101 response is counted, not parsed. */
function openRaw(url, peer) {
  const { hostname, port, pathname, search } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.setNoDelay(true);
  let upgraded = false;
  let head = '';
  peer.send = (bytes) => socket.write(frame(bytes));
  peer.isOpen = () => upgraded && !socket.destroyed;
  peer.close = () => socket.destroy();
  socket.on('close', () => (closed += 1));
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () =>
      socket.write(
        `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
          'Sec-WebSocket-Version: 13\r\n\r\n',
      ),
    );
    socket.on('data', (chunk) => {
      if (upgraded) {
        bytes += chunk.length;
        return;
      }
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(head.split('\r\n')[0]));
      upgraded = true;
      bytes += head.length - end - 4;
      peer.send(SYNC_STEP_1);
      resolve();
    });
  });
}

/** An observing peer: a `ws` client that decodes what it receives. */
function openObserver(url, peer) {
  const socket = new WebSocket(url);
  socket.binaryType = 'nodebuffer';
  peer.send = (bytes) => socket.send(bytes);
  peer.isOpen = () => socket.readyState === WebSocket.OPEN;
  peer.close = () => socket.terminate();
  socket.on('message', (data) => {
    bytes += data.length;
    messages += 1;
    observe(peer, data);
  });
  socket.on('close', () => (closed += 1));
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.send(SYNC_STEP_1);
      resolve();
    });
    socket.once('error', reject);
  });
}

function openPeer(url, index, observer) {
  const peer = { clientID: Math.floor(Math.random() * 2 ** 31), clock: 0, index, observer };
  peers.push(peer);
  return observer ? openObserver(url, peer) : openRaw(url, peer);
}

function start(hz) {
  const every = 1000 / hz;
  for (const peer of peers) {
    let step = 0;
    const move = () => {
      if (!peer.isOpen()) return;
      sent += 1;
      peer.send(awarenessMessage(peer, stateOf(peer, step++)));
    };
    timers.push(setTimeout(() => timers.push(setInterval(move, every)), Math.random() * every));
  }
}

let hzWanted = 20;
parentPort.on('message', async (msg) => {
  switch (msg.type) {
    case 'open': {
      hzWanted = msg.hz;
      const opening = [];
      for (let i = 0; i < msg.count; i++) opening.push(openPeer(msg.url, msg.first + i, i < msg.observers));
      await Promise.all(opening);
      parentPort.postMessage({ type: 'ready' });
      break;
    }
    case 'start':
      start(hzWanted);
      parentPort.postMessage({ type: 'started' });
      break;
    case 'reset':
      bytes = 0;
      messages = 0;
      sent = 0;
      latencies = [];
      sizes = [];
      parentPort.postMessage({ type: 'reset' });
      break;
    case 'report':
      parentPort.postMessage({
        type: 'report',
        bytes,
        counted: peers.length,
        observers: peers.filter((p) => p.observer).length,
        messages,
        sent,
        latencies,
        sizes,
        closed,
      });
      break;
    case 'close':
      for (const t of timers) clearInterval(t);
      for (const peer of peers) peer.close();
      parentPort.postMessage({ type: 'closed' });
      break;
  }
});
