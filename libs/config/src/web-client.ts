import { RuntimeConfig } from './runtime-config';
import { readOrCreateSecret } from './secrets';

/**
 * The web front end calls the API from its own address, for every visitor. So that the API's per-IP limits (the
 * GraphQL rate limit and the sign-in throttle) count each visitor and not the web server, the web app sends the
 * visitor's address in END_USER_ADDRESS_HEADER with the shared secret in WEB_CLIENT_SECRET_HEADER; the API believes
 * the address only when the secret matches (any other caller's header is ignored, so it cannot be forged).
 */
export const WEB_CLIENT_SECRET_HEADER = 'x-web-client-secret';
export const END_USER_ADDRESS_HEADER = 'x-end-user-address';

const secrets = new WeakMap<RuntimeConfig, string>();

/**
 * WEB_CLIENT_SECRET, or one generated once into DATA_DIR/secrets: the one-process `npm start` (and a web app sharing
 * the API's DATA_DIR) needs no setting; a web app run apart with API_URL needs the same WEB_CLIENT_SECRET as the API.
 */
export function webClientSecret(config: RuntimeConfig): string {
  let secret = secrets.get(config);
  if (!secret) {
    secret = config.env.WEB_CLIENT_SECRET ?? readOrCreateSecret(config.dataDir, 'web-client-secret');
    secrets.set(config, secret);
  }
  return secret;
}
