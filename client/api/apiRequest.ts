import type { z } from 'zod';
import { PERSON_HEADER } from '../../model';
import { loadPersonKey } from '../identity/personKey';
import { ApiError, NO_RESPONSE } from './ApiError';
import { sentenceCase } from '../ui/sentenceCase';

const UNREACHABLE = 'Cannot reach the Journey server. Check that it is running and try again.';

/** Statuses a proxy (Vite in dev, or nginx in front of Journey) sends when the server is down. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** A share link's token, sent as `Authorization: Bearer` (the map page has one when opened from a link). */
  token?: string | null;
}

/** Sends a request and returns the successful response; every failure becomes an ApiError. */
async function send(
  path: string,
  { method = 'GET', body, signal, token }: RequestOptions,
): Promise<Response> {
  let response: Response;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // Who is asking (maps they create are theirs; links they mint name them), never in the URL.
    [PERSON_HEADER]: loadPersonKey(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    // An abort is the caller's own doing, not a connection problem: let it through unchanged.
    if (signal?.aborted) throw error;
    throw new ApiError(UNREACHABLE, NO_RESPONSE);
  }
  if (response.ok) return response;
  throw await errorFromResponse(response);
}

/** The server answers errors as `{ error: string }`; anything else means something sits in between. */
async function errorFromResponse(response: Response): Promise<ApiError> {
  let serverMessage: string | undefined;
  let code: string | undefined;
  let body: unknown;
  try {
    body = await response.json();
    if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
      serverMessage = body.error;
      // A machine-readable reason (e.g. 'token_expired'), so the UI need not parse English.
      if ('code' in body && typeof body.code === 'string') code = body.code;
    }
  } catch {
    // Not JSON: fall through to a message from the status.
  }
  if (serverMessage) return new ApiError(sentenceCase(serverMessage), response.status, code, body);
  if (GATEWAY_STATUSES.has(response.status)) return new ApiError(UNREACHABLE, response.status);
  return new ApiError(`The server could not complete the request (${response.status}).`, response.status);
}

/** A JSON request whose answer is checked against `schema` before anyone uses it. */
export async function requestJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(path, options);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('The server sent a response Journey cannot read.', response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.warn(`Unexpected response from ${options.method ?? 'GET'} ${path}`, parsed.error.issues);
    throw new ApiError('The server sent a response Journey cannot read.', response.status);
  }
  return parsed.data;
}

/** A binary answer (a Yjs state), as bytes; the caller decodes and validates what they hold. */
export async function requestBytes(path: string, options: RequestOptions = {}): Promise<Uint8Array> {
  const response = await send(path, options);
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError('The server sent a response Journey cannot read.', response.status);
  }
}

/** A request answered with no body (204). */
export async function requestEmpty(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}
