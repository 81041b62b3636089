/** The e-mail settings of ServerConfig (issue 19), read from the environment by configFromEnv. */
export interface EmailConfig {
  /** `smtp://user:pass@host:port` (or smtps://): notification e-mail is sent through it. Unset: no e-mail. */
  smtpUrl: string | undefined;
  /** The From of notification e-mails. JOURNEY_SMTP_FROM. */
  smtpFrom: string;
  /** How people reach this server (`https://journey.example.org`), for links in e-mails. JOURNEY_PUBLIC_URL. */
  publicUrl: string | undefined;
}

export const DEFAULT_EMAIL_CONFIG: EmailConfig = {
  smtpUrl: undefined,
  smtpFrom: 'Journey <journey@localhost>',
  publicUrl: undefined,
};

/** JOURNEY_SMTP_URL, JOURNEY_SMTP_FROM, JOURNEY_PUBLIC_URL; a malformed one fails the start. */
export function emailFromEnv(env: NodeJS.ProcessEnv): EmailConfig {
  return {
    smtpUrl: urlVar(env, 'JOURNEY_SMTP_URL', ['smtp:', 'smtps:']),
    smtpFrom: env.JOURNEY_SMTP_FROM?.trim() || DEFAULT_EMAIL_CONFIG.smtpFrom,
    publicUrl: urlVar(env, 'JOURNEY_PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
  };
}

function urlVar(env: NodeJS.ProcessEnv, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is not a URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new Error(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}
