import { readOrCreateSecret, RuntimeConfig, webClientSecret } from '@app/config';
import { parseWebEnvironment } from './web-environment';

/** What the web app needs to run, resolved once at start-up. */
export interface WebOptions {
  /** The GraphQL endpoint, read per request: in one process it is known only once the server listens. */
  apiUrl: () => string;
  sessionSecret: string;
  /** Secure cookie with the __Host- prefix, and no development conveniences. */
  production: boolean;
  /** Sessions live in Redis when the platform runs on it (keys `<prefix>:web-session:<id>`)... */
  redis?: { url: string; prefix: string };
  /** ...and otherwise in this database's web_sessions table. */
  databaseUrl: string;
  /** Proves to the API that the visitor address the web sends is the web's to send (libs/config web-client.ts). */
  webClientSecret: string;
}

export const WEB_OPTIONS = Symbol('WEB_OPTIONS');

/**
 * The web's options from the platform's config and the web's own variables. `ownApiUrl` is where this process's
 * API answers when API_URL is unset (the one-process `npm start`).
 */
export function resolveWebOptions(
  config: RuntimeConfig,
  ownApiUrl: () => string,
  source: NodeJS.ProcessEnv = process.env,
): WebOptions {
  const production = config.env.NODE_ENV === 'production';
  const env = parseWebEnvironment(source, production);
  const apiUrl = env.API_URL;
  return {
    apiUrl: apiUrl ? () => apiUrl : ownApiUrl,
    sessionSecret: env.SESSION_SECRET ?? readOrCreateSecret(config.dataDir, 'session-secret'),
    production,
    redis: config.queue.redisUrl ? { url: config.queue.redisUrl, prefix: config.queue.prefix } : undefined,
    databaseUrl: config.databaseUrl,
    webClientSecret: webClientSecret(config),
  };
}
