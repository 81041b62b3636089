import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './HttpError';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Journey</title></head>
<body><h1>Journey</h1><p>The client is not built: run <code>npm run build</code>, then reload.</p></body></html>
`;

/**
 * Serves the built client (vite's dist/). Paths without a file extension that match no file get
 * index.html, so client-side routes like /maps/abc survive a reload; a missing /x.js stays a 404
 * rather than HTML that the browser would fail to run as a script.
 */
export function createStaticHandler(root: string) {
  const base = path.resolve(root);
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, `method ${req.method ?? '?'} not allowed`, { Allow: 'GET, HEAD' });
    }
    const index = path.join(base, 'index.html');
    if (!(await isFile(index))) {
      return send(req, res, 200, 'text/html; charset=utf-8', Buffer.from(NOT_BUILT_PAGE), 'no-store');
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      throw new HttpError(400, 'bad path');
    }
    const file = path.resolve(base, '.' + path.posix.normalize(decoded));
    // `..` segments cannot climb out: normalize resolves them below `base`, and this double-checks.
    if (file !== base && !file.startsWith(base + path.sep)) throw new HttpError(404, 'not found');
    if (await isFile(file)) {
      // Vite puts content-hashed files under assets/: they never change, so cache them for good.
      const cache = decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return send(req, res, 200, contentType(file), await fs.promises.readFile(file), cache);
    }
    if (path.posix.extname(decoded) !== '') throw new HttpError(404, `${decoded} not found`);
    return send(req, res, 200, CONTENT_TYPES['.html']!, await fs.promises.readFile(index), 'no-cache');
  };
}

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
  cache: string,
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
