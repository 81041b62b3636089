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
    const text = String(value);
    parts.push(`${key}=${/^[^\s"=]+$/.test(text) ? text : JSON.stringify(text)}`);
  }
  return parts.filter(Boolean).join(' ');
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
