import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema parses. The server's Content-Security-Policy allows
 * no eval (server/http/securityHeaders.ts), so zod must not compile validators with `new Function`;
 * without this it would still probe once, and the browser would report a CSP violation.
 */
z.config({ jitless: true });
