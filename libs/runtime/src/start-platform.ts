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
import { HttpDrain, shutdownState } from './http-drain';

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

/** Longest wait for requests in flight once the API has stopped accepting connections. */
const IN_FLIGHT_LIMIT_MS = 10_000;

/** Longest wait, after the drain and the requests in flight, for the application and the platform to close. */
const CLOSE_LIMIT_MS = 30_000;

/**
 * Closes the application on SIGINT/SIGTERM, then stops the platform. With an HTTP server (`http`), readiness turns
 * 503 at once and the server keeps serving for SHUTDOWN_DRAIN_MS, then stops accepting and finishes the requests in
 * flight (HttpDrain). Then workers finish or return their active jobs, connections close, and only then does the
 * embedded database stop. A second signal, or the time limit (drain + in-flight + 30 s) passing, forces the exit (a
 * repeat within two seconds is taken as the same signal).
 */
export function closeOnSignals(close: () => Promise<void>, platform: Platform, http?: HttpDrain): void {
  const drainMs = http ? platform.config.env.SHUTDOWN_DRAIN_MS : 0;
  const limitMs = drainMs + (http ? IN_FLIGHT_LIMIT_MS : 0) + CLOSE_LIMIT_MS;
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
    shutdownState.draining = true;
    logger.info(`${signal} received: shutting down${http ? ` (serving for ${drainMs} ms more, readiness 503)` : ''}`);
    setTimeout(() => {
      logger.error(`shutdown took longer than ${limitMs / 1000} s: exiting`);
      process.exit(1);
    }, limitMs).unref();
    (http ? http.drain(drainMs, IN_FLIGHT_LIMIT_MS) : Promise.resolve())
      .then(() => close())
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
  if (process.env.npm_lifecycle_event) {
    shutDownWhenNpmGoes((npmPid) => {
      // npm going away during a shutdown already under way (Ctrl-C and SIGTERM reach npm too) is not a second signal.
      if (firstSignalAt) return;
      logger.warn(`the npm process that started this one (pid ${npmPid}) has gone: shutting down`);
      onSignal('SIGTERM');
    });
  }
}

/**
 * Under `npm start`, a kill -9 of npm leaves this process running with nobody to stop it (and its embedded
 * PostgreSQL with it). When npm, our parent, is gone, the kernel gives us a new parent: shut down as on SIGTERM.
 */
function shutDownWhenNpmGoes(shutDown: (npmPid: number) => void): void {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    shutDown(parent);
  }, 1_000);
  watch.unref();
}
