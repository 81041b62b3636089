import pg from 'pg';

/**
 * How every PgStore connection is made (the worker's client and the journal's pool): `bigint`
 * columns come back as numbers (times in ms and bigserial sequence numbers stay far below 2^53),
 * and a server that does not answer fails the call instead of hanging it.
 */
const INT8_OID = 20;

function parseInt8(text: string): number {
  return Number(text);
}

export const PG_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8_OID
      ? parseInt8
      : (pg.types.getTypeParser as (o: number, f?: string) => unknown)(
          oid,
          format,
        )) as typeof pg.types.getTypeParser,
};

/** Fails a connection attempt to a server that does not answer. */
const CONNECT_TIMEOUT_MS = 5_000;
/** No statement of the store's takes this long on a healthy database (server side). */
const STATEMENT_TIMEOUT_MS = 10_000;
/** Client side: a server that stopped answering mid-query (a partition) fails the call too. */
const QUERY_TIMEOUT_MS = 12_000;

export function clientConfig(url: string): pg.ClientConfig {
  return {
    connectionString: url,
    types: PG_TYPES,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    application_name: 'journey',
    // Durable before acknowledged: COMMIT returns once the WAL is flushed, whatever the server's default.
    options: '-c synchronous_commit=on',
  };
}

/**
 * True for errors that mean "the database is not reachable" rather than "this statement is wrong":
 * network errors, a server shutting down or refusing connections (SQLSTATE 08xxx, 57P0x), timeouts.
 */
export function isConnectionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^(08|57P0)/.test(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) {
      return true;
    }
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable|Query read timeout|timeout exceeded when trying to connect/i.test(
    err.message,
  );
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the database URL';
  }
}
