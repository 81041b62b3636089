import type { ServerResponse } from 'node:http';

/**
 * The page may run only its own scripts (no inline script, no eval: zod runs jitless, see
 * client/zodConfig.ts) and talk only to its own origin ('self' covers same-origin ws: in CSP 3).
 * Images may be data: (the favicon, the export preview) and blob: (PNG export draws an SVG blob).
 * Inline style attributes are allowed: React Flow and the canvas position nodes with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent on every HTTP response (API, client files, errors): set before anything writes the head. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Share-link tokens can sit in a page's URL: never send it to another site.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
