import pino from 'pino';
import {
  InvalidEnvironmentError,
  parseEnvironment,
  readOrCreateSecret,
  resolveRuntimeConfig,
  RuntimeConfig,
} from '@app/config';
import { openDatabase, prepareDatabase, redactUrl } from '@app/database';
import { seedReferenceData } from '@app/reference';

export interface Platform {
  config: RuntimeConfig;
  /** Stops what start-up started (the embedded database), after the Nest application has closed. */
  stop(): Promise<void>;
}

// Plain pino until Nest's logger exists, so start-up lines are JSON like every other line.
const logger = pino({ base: { pid: process.pid, context: 'Startup' }, level: process.env.LOG_LEVEL || 'info' });

/**
 * What every entry point (API, worker, CLI) does before Nest starts: validate the environment (exiting with a
 * message that names each bad variable), open the database (embedded when DATABASE_URL is unset), apply pending
 * migrations under an advisory lock and load the reference data. Running migrations here, before any queue worker
 * exists, means no job ever runs against an old schema.
 */
export async function startPlatform(): Promise<Platform> {
  let env;
  try {
    env = parseEnvironment();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const database = await openDatabase(env, (line) => logger.info(line));
  const config = resolveRuntimeConfig(env, database, (name) => readOrCreateSecret(env.DATA_DIR, name));
  const applied = await prepareDatabase(config.databaseUrl, [seedReferenceData]);
  logger.info(
    `database ${redactUrl(config.databaseUrl)} ready (${applied.length} migration(s) applied); queue backend: ${config.queue.backend}`,
  );
  return { config, stop: () => database.stop() };
}

/**
 * Closes the application on SIGINT/SIGTERM, then stops the platform: workers finish or return their active jobs,
 * HTTP stops accepting, connections close, and only then does the embedded database stop. A second signal, or
 * 30 seconds without finishing, forces the exit (a repeat within two seconds is taken as the same signal).
 */
export function closeOnSignals(close: () => Promise<void>, platform: Platform): void {
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt) {
      // `npm start` passes a terminal's Ctrl-C on to us as well as the terminal sending it: a repeat within two
      // seconds is the same request delivered twice, not an impatient second Ctrl-C.
      if (Date.now() - firstSignalAt < 2_000) return;
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    firstSignalAt = Date.now();
    logger.info(`${signal} received: shutting down`);
    setTimeout(() => {
      logger.error('shutdown took longer than 30 s: exiting');
      process.exit(1);
    }, 30_000).unref();
    close()
      .then(() => platform.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`error during shutdown: ${String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
