/**
 * A tiny logger: one line per event, `[journey] event key=value ...`, so a workshop host can read
 * it in a terminal and grep it later. Tests pass their own sink or set JOURNEY_LOG=silent.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export type LogLevel = 'info' | 'warn' | 'error';

/** Formats one event as a single line; values with spaces are JSON-quoted to stay one token. */
export function formatLogLine(level: LogLevel, event: string, fields: LogFields = {}): string {
  const parts = [`[journey]`, level === 'info' ? '' : level.toUpperCase(), event];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = redactSecrets(String(value));
    parts.push(`${key}=${/^[^\s"=]+$/.test(text) ? text : JSON.stringify(text)}`);
  }
  return parts.filter(Boolean).join(' ');
}

/** `token=…` in a query string (share links, the admin token). */
const TOKEN_PARAM = /([?&;]token=)[^&\s"#]*/gi;
/** `Authorization: Bearer …` values, should one ever be logged. */
const BEARER = /(Bearer\s+)\S+/gi;
/** A share-link token anywhere: `<base64url payload>.<base64url HMAC-SHA256>` (43 characters). */
const SHARE_TOKEN = /[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/**
 * Log lines are read by people and kept in files: a token in them would be a working link. Every
 * value goes through this, so no caller has to remember (a 5xx logs the request's URL).
 */
export function redactSecrets(text: string): string {
  return text
    .replace(TOKEN_PARAM, '$1[redacted]')
    .replace(BEARER, '$1[redacted]')
    .replace(SHARE_TOKEN, '[redacted-token]');
}

export function createLogger(mode: 'console' | 'silent' = 'console'): Logger {
  if (mode === 'silent') return { info() {}, warn() {}, error() {} };
  const write = (level: LogLevel) => (event: string, fields?: LogFields) => {
    const line = formatLogLine(level, event, fields);
    if (level === 'info') console.log(line);
    else console.error(line);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** Error text for log lines and close reasons, whatever was thrown. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
