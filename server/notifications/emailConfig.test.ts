import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../config';

describe('e-mail settings from the environment', () => {
  it('sends nothing unless JOURNEY_SMTP_URL is set, and reads the sender and the public URL', () => {
    expect(configFromEnv({})).toMatchObject({ smtpUrl: undefined, publicUrl: undefined });
    expect(
      configFromEnv({
        JOURNEY_SMTP_URL: 'smtp://user:pass@mail.example.org:587',
        JOURNEY_SMTP_FROM: 'Journey <cx@example.org>',
        JOURNEY_PUBLIC_URL: 'https://journey.example.org/',
      }),
    ).toMatchObject({
      smtpUrl: 'smtp://user:pass@mail.example.org:587',
      smtpFrom: 'Journey <cx@example.org>',
      publicUrl: 'https://journey.example.org',
    });
  });

  it('fails the start on a malformed URL', () => {
    expect(() => configFromEnv({ JOURNEY_SMTP_URL: 'mail.example.org' })).toThrow(/JOURNEY_SMTP_URL/);
    expect(() => configFromEnv({ JOURNEY_SMTP_URL: 'http://mail.example.org' })).toThrow(/smtp:\/\//);
    expect(() => configFromEnv({ JOURNEY_PUBLIC_URL: 'ftp://x' })).toThrow(/JOURNEY_PUBLIC_URL/);
  });
});
