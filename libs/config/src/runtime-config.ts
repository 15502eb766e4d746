import { Environment } from './environment';

export type QueueBackendKind = 'redis' | 'postgres';

/**
 * The configuration a process runs with once start-up has resolved what the environment leaves open: the database
 * URL (the embedded server's when DATABASE_URL is unset), the JWT secret (generated in DATA_DIR when unset outside
 * production) and the queue backend (Redis when REDIS_URL is set, else PostgreSQL).
 */
export interface RuntimeConfig {
  readonly env: Environment;
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly embeddedDatabase: boolean;
  readonly jwtSecret: string;
  readonly queue: {
    readonly backend: QueueBackendKind;
    readonly redisUrl?: string;
    readonly prefix: string;
  };
}

export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');

/** Builds the RuntimeConfig once the database is known (see RuntimeConfig). */
export function resolveRuntimeConfig(
  env: Environment,
  database: { url: string; embedded: boolean },
  readSecret: (name: string) => string,
): RuntimeConfig {
  return {
    env,
    dataDir: env.DATA_DIR,
    databaseUrl: database.url,
    embeddedDatabase: database.embedded,
    jwtSecret: env.JWT_SECRET ?? readSecret('jwt-secret'),
    queue: {
      backend: env.REDIS_URL ? 'redis' : 'postgres',
      redisUrl: env.REDIS_URL,
      prefix: env.QUEUE_PREFIX ?? 'brokerage',
    },
  };
}
