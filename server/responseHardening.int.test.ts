import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/harness';

const EXPECTED = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

describe('response hardening', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  it('sends CSP, frame, sniffing and referrer headers on every kind of response', async () => {
    await fs.mkdir(path.join(t.dataDir, 'dist'), { recursive: true });
    await fs.writeFile(path.join(t.dataDir, 'dist', 'index.html'), '<!doctype html><title>x</title>');
    const mapId = await t.createMap();
    for (const [p, status] of [
      ['/api/health', 200],
      [`/api/maps/${mapId}/export.csv`, 200],
      ['/maps/anything', 200],
      ['/api/nope', 404],
      ['/missing.js', 404],
    ] as const) {
      const res = await fetch(t.server.url + p);
      expect(res.status, p).toBe(status);
      for (const [name, value] of Object.entries(EXPECTED))
        expect(res.headers.get(name), `${p} ${name}`).toBe(value);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, p).toContain("frame-ancestors 'none'");
      expect(csp, p).toContain("script-src 'self'");
      expect(csp, p).not.toMatch(/script-src[^;]*unsafe/);
    }
  });

  it('never writes a token into the log, even for a failing request', async () => {
    const mapId = await t.createMap();
    const link = await t.createLink(mapId, 'viewer');
    t.server.store.getMap = () => {
      throw new Error('disk on fire');
    };
    const res = await fetch(`${t.server.url}/api/maps/${mapId}?token=${encodeURIComponent(link.token)}`);
    expect(res.status).toBe(500);
    const failure = t.logs.find((l) => l.includes('http.failed'));
    expect(failure).toContain(`/api/maps/${mapId}`);
    expect(t.logs.join('\n')).not.toContain(link.token);
    expect(t.logs.join('\n')).not.toContain(link.token.split('.')[1]);
  });
});
