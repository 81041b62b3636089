import { describe, expect, it } from 'vitest';
import { curlExample } from './curlExample';

describe('curlExample', () => {
  it('pushes one CSAT point for a card by title, with the token as a Bearer header', () => {
    const text = curlExample(
      'http://localhost:1234/api/maps/m1/metrics',
      'jmt_abc_def',
      'Agent call',
      '2026-12-03',
    );
    expect(text.split('\n')).toEqual([
      `curl -X POST 'http://localhost:1234/api/maps/m1/metrics' \\`,
      `  -H 'Authorization: Bearer jmt_abc_def' \\`,
      `  -H 'Content-Type: application/json' \\`,
      `  -d '{"points":[{"touchpoint":"Agent call","kind":"csat","value":4.2,"sample":120,"source":"Survey","date":"2026-12-03"}]}'`,
    ]);
  });

  it('escapes a single quote in a title for the shell', () => {
    expect(curlExample('u', 's', "Bob's call", '2026-12-03')).toContain(`"touchpoint":"Bob'\\''s call"`);
  });
});
