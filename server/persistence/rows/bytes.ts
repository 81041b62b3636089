/** Byte conversions between the stores' drivers (Buffers) and the Uint8Arrays the server works with. */

/** A copy with exactly its own bytes: a driver's Buffer may be a view of a larger pool, cloned whole. */
export function ownBytes(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer);
}

/** A Buffer over the same bytes (no copy): both drivers store a Buffer parameter as a blob. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
