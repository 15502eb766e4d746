import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { parseEnvironment, QueueBackendKind, RuntimeConfig } from '@app/config';
import { readJsonBodies } from '@app/runtime';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestAppOptions {
  queueBackend?: QueueBackendKind;
  env?: Record<string, string>;
  /** Another database to run on (e.g. one on an embedded server), instead of a fresh clone of the run's template. */
  database?: TestDatabase;
  /** Runs on the created application before it is initialised and listens (e.g. to put the web pages in front). */
  beforeListen?: (app: NestExpressApplication, config: RuntimeConfig) => Promise<void>;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  app: INestApplication;
  config: RuntimeConfig;
  database: TestDatabase;
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, unknown>>(query: string, variables?: object, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The Redis URL the queue tests use on Redis, or undefined when REDIS_URL is not set (those tests then skip). */
export const redisUrlForTests = (): string | undefined => process.env.REDIS_URL || undefined;

/**
 * Boots the real API (and, in the same process, the queue processors) on its own fresh database and queue prefix,
 * listening on a random port. `rootModule` builds the Nest module from the config (the API's ApiModule.forRoot).
 */
export async function startTestApp(
  rootModule: (config: RuntimeConfig) => DynamicModule,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const backend = options.queueBackend ?? 'postgres';
  // The metrics sweep (METRICS_SWEEP_INTERVAL_MS) is slowed to once an hour unless a test sets it: its background
  // queries would otherwise land in tests that count the queries of a request.
  const env = parseEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    METRICS_SWEEP_INTERVAL_MS: '3600000',
    ...options.env,
  });
  const config: RuntimeConfig = {
    env,
    dataDir: env.DATA_DIR,
    databaseUrl: database.url,
    embeddedDatabase: false,
    jwtSecret: randomBytes(32).toString('hex'),
    queue: { backend, redisUrl: backend === 'redis' ? redisUrlForTests() : undefined, prefix: `test-${database.name}` },
  };
  const app = await NestFactory.create<NestExpressApplication>(rootModule(config), { logger: ['error', 'warn'] });
  await options.beforeListen?.(app, config);
  readJsonBodies(app);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();

  return {
    app,
    config,
    database,
    async gql(query, variables, token) {
      const call = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return { status: response.status, data: response.body?.data, errors: response.body?.errors };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
