import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createOriginPolicy } from './originPolicy';

const policy = createOriginPolicy({
  host: '127.0.0.1',
  publicHosts: ['journey.example.com', 'maps.local:8080'],
  allowedOrigins: ['http://localhost:5173'],
});

const req = (method: string, headers: Record<string, string | undefined>) =>
  ({ method, headers }) as unknown as IncomingMessage;

describe('originPolicy', () => {
  it('answers loopback names, IP literals and configured hosts only', () => {
    for (const host of [
      'localhost:1234',
      '127.0.0.1',
      '[::1]:1234',
      '192.168.1.20:1234',
      'JOURNEY.example.com',
    ]) {
      expect(policy.refusal(req('GET', { host }), false), host).toBeUndefined();
    }
    expect(policy.refusal(req('GET', { host: 'maps.local:8080' }), false)).toBeUndefined();
    for (const host of [
      undefined,
      '',
      'evil.example',
      'maps.local:9090',
      'a:b:c',
      '127.0.0.1.evil.example',
    ]) {
      expect(policy.refusal(req('GET', { host }), false), String(host)).toEqual({
        status: 421,
        error: 'host_forbidden',
      });
    }
  });

  it('checks Origin on writes and upgrades, not on reads, and lets a missing Origin through', () => {
    const host = '127.0.0.1:1234';
    const forbidden = { status: 403, error: 'origin_forbidden' };
    expect(policy.refusal(req('GET', { host, origin: 'http://evil.example' }), false)).toBeUndefined();
    expect(policy.refusal(req('GET', { host, origin: 'http://evil.example' }), true)).toEqual(forbidden);
    expect(policy.refusal(req('POST', { host, origin: 'http://evil.example' }), false)).toEqual(forbidden);
    expect(policy.refusal(req('DELETE', { host, origin: 'null' }), false)).toEqual(forbidden);
    expect(policy.refusal(req('POST', { host, origin: 'http://127.0.0.1:9999' }), false)).toEqual(forbidden);
    expect(policy.refusal(req('POST', { host, origin: 'http://127.0.0.1:1234' }), false)).toBeUndefined();
    expect(policy.refusal(req('POST', { host, origin: 'http://localhost:5173' }), false)).toBeUndefined();
    expect(policy.refusal(req('POST', { host }), false)).toBeUndefined();
  });
});
