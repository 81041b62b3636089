import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { HttpError } from './HttpError';
import { jsonTooDeep } from './jsonDepth';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: HttpError): void {
  sendJson(
    res,
    err.status,
    err.code === undefined ? { error: err.message } : { error: err.message, code: err.code },
    err.headers,
  );
}

/**
 * A body must say it is JSON. A web page can send text/plain, form or multipart bodies to any
 * server without a CORS preflight; `application/json` it cannot (the browser asks first, and we
 * never say yes). A request with no body may leave Content-Type out. 415 otherwise, before reading.
 */
export function requireJsonContentType(req: IncomingMessage): void {
  const type = req.headers['content-type'];
  const hasBody =
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (type === undefined ? !hasBody : isJsonType(type)) return;
  throw new HttpError(415, 'unsupported_media_type', { Connection: 'close' });
}

function isJsonType(type: string): boolean {
  return (type.split(';')[0] ?? '').trim().toLowerCase() === 'application/json';
}

/** The raw JSON body: 415 unless JSON, 413 past `maxBytes` (declared or actual). The import parses it off the main thread. */
export async function readBodyBytes(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  requireJsonContentType(req);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new HttpError(413, `body larger than ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpError(413, `body larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a JSON body and validates it with `schema`. An empty body counts as `{}` so that
 * `POST /api/maps` with no body creates a blank map. 415 unless JSON, 413 over `maxBytes`, 400 otherwise.
 */
export async function readJsonBody<T>(
  req: IncomingMessage,
  schema: z.ZodType<T>,
  maxBytes: number,
): Promise<T> {
  const text = (await readBodyBytes(req, maxBytes)).toString('utf8').trim();
  let value: unknown = {};
  if (text !== '') {
    if (jsonTooDeep(text)) throw tooDeep();
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'body is not valid JSON');
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new HttpError(400, `invalid body: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  return parsed.data;
}

/** 400 for a body nested deeper than MAX_JSON_DEPTH (64) (checked before parsing: no reader recurses into it). */
export function tooDeep(): HttpError {
  return new HttpError(400, 'too_deep', {}, 'too_deep');
}
