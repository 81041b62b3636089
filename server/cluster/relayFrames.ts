import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ClusterEvent } from './DocRelay';

/**
 * The relay's wire format on Redis: `kind (1 byte) | sender process id (8 bytes) | payload`.
 * Binary, so a doc or awareness update travels as it is (no base64); the sender id lets a process
 * drop its own messages, which Redis pub/sub delivers back to it like to anyone else.
 */
export const FRAME_KINDS = { update: 0, awareness: 1, event: 2 } as const;
export type FrameKind = keyof typeof FRAME_KINDS;

const KIND_BY_BYTE = new Map<number, FrameKind>(
  Object.entries(FRAME_KINDS).map(([kind, byte]) => [byte, kind as FrameKind]),
);

export const SENDER_BYTES = 8;
const HEADER_BYTES = 1 + SENDER_BYTES;

/** A process's id on the relay: random per start, so a restarted process is a new sender. */
export function newSenderId(): Buffer {
  return randomBytes(SENDER_BYTES);
}

export function encodeFrame(kind: FrameKind, sender: Buffer, payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(HEADER_BYTES + payload.length);
  frame[0] = FRAME_KINDS[kind];
  sender.copy(frame, 1);
  frame.set(payload, HEADER_BYTES);
  return frame;
}

export interface DecodedFrame {
  kind: FrameKind;
  sender: Buffer;
  payload: Uint8Array;
}

/** Undefined for anything that is not one of our frames (a stray PUBLISH, a truncated message). */
export function decodeFrame(frame: Buffer): DecodedFrame | undefined {
  if (frame.length < HEADER_BYTES) return undefined;
  const kind = KIND_BY_BYTE.get(frame[0]!);
  if (!kind) return undefined;
  return {
    kind,
    sender: frame.subarray(1, HEADER_BYTES),
    payload: new Uint8Array(frame.buffer, frame.byteOffset + HEADER_BYTES, frame.length - HEADER_BYTES),
  };
}

const id = z.string().min(1).max(200);
const address = z.string().min(1).max(200);

/** Events are JSON; another process's event is validated like any input before it is acted on. */
const clusterEventSchema: z.ZodType<ClusterEvent> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('map-closed'), mapId: id, code: z.number().int(), reason: z.string().max(123) }),
  z.object({ type: z.literal('link-revoked'), mapId: id, linkId: id }),
  z.object({ type: z.literal('failed-attempt'), address }),
  z.object({ type: z.literal('rate-spent'), limiter: z.enum(['create', 'metrics']), key: address }),
  z.object({ type: z.literal('cache-dropped'), mapId: id }),
  z.object({ type: z.literal('relay-rejoined') }),
]);

export function encodeEvent(event: ClusterEvent): Uint8Array {
  return Buffer.from(JSON.stringify(event));
}

/** Undefined when the payload is not a known event. */
export function decodeEvent(payload: Uint8Array): ClusterEvent | undefined {
  try {
    const parsed = clusterEventSchema.safeParse(JSON.parse(Buffer.from(payload).toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
