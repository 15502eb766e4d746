import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, on: true, off: false };
// An unrecognised word is passed on as it is, so IsBoolean rejects it with a message naming the variable.
const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : typeof value === 'string'
      ? (BOOLEANS[value.toLowerCase()] ?? value)
      : value;

/**
 * Every environment variable the platform reads, with its default. README.md documents each one; keep the two
 * in step. Validated once at start-up so a bad value stops the process with a message naming it.
 */
export class Environment {
  @Transform(emptyToUndefined)
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsString()
  DATA_DIR = './.data';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD?: string = undefined;

  @Transform(emptyToUndefined)
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /** METRICS.md disclosure control: counts below this (and above 0) are suppressed. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100)
  METRICS_SUPPRESSION_THRESHOLD = 5;

  /** How long changes to one scope are gathered before its metrics are recomputed once. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  METRICS_DEBOUNCE_MS = 5_000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  QUEUE_PREFIX?: string = undefined;

  /**
   * First wait before a failed metrics recompute is tried again; each later wait doubles, over 8 attempts (about ten
   * minutes at the default), so an outage of a few minutes delays a recompute rather than losing it.
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(600_000)
  METRICS_RETRY_DELAY_MS = 5_000;

  /** How often each process sweeps metrics runs and owed jobs: queues owed jobs, settles runs whose job failed or went. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  METRICS_SWEEP_INTERVAL_MS = 10_000;

  /**
   * The SMTP server notification emails go through (`smtp://user:pass@host:587`, `smtps://…:465`). Unset: emails are
   * kept in the email_outbox table (an ADMIN can read them) and nothing is sent (docs/notifications.md).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  /** The From address of notification emails. */
  @Transform(emptyToUndefined)
  @IsString()
  MAIL_FROM = 'Manchester Skills and Jobs <no-reply@skills.manchester.example>';

  /** Where residents reach the web pages, for links in emails (unsubscribe, notifications). Unset: http://localhost:PORT. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+[^/]$/, { message: 'PUBLIC_URL must be an http(s):// URL without a trailing slash' })
  PUBLIC_URL?: string = undefined;

  /** How often a worker looks for committed domain events to move from the outbox (domain_events) to the queue. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  OUTBOX_RELAY_INTERVAL_MS = 250;

  /**
   * After SIGTERM, how long the API keeps serving while readiness answers 503, so load balancers stop sending it
   * requests before it stops accepting connections (docs/operations.md "Stopping").
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_DRAIN_MS = 10_000;

  /**
   * GraphQL operations a minute allowed per user and per client IP (API.md RATE_LIMITED); 0 switches the limits off.
   * Unset: 600, except under NODE_ENV=test where it is 0 so tests are not throttled (see rateLimitPerMinute).
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE?: number = undefined;

  /**
   * Reverse proxies (load balancers) in front of the API that append to X-Forwarded-For; the per-IP rate limit counts
   * the address that many hops back. 0: the TCP peer, and X-Forwarded-For is ignored (a client could forge it).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUSTED_PROXY_HOPS = 0;

  /**
   * Shared by the API and the web front end: with it the web app's calls say which visitor they are for, and the
   * per-IP limits count that visitor (libs/config web-client.ts). Unset: generated once into DATA_DIR/secrets.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(32, { message: 'WEB_CLIENT_SECRET must be at least 32 characters' })
  WEB_CLIENT_SECRET?: string = undefined;

  /** Schema introspection over /graphql. Unset: on outside production, off in production (see introspectionEnabled). */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'GRAPHQL_INTROSPECTION must be true or false' })
  GRAPHQL_INTROSPECTION?: boolean = undefined;
}

/** RATE_LIMIT_PER_MINUTE as it applies: its value when set, else 0 (off) under NODE_ENV=test and 600 otherwise. */
export function rateLimitPerMinute(env: Environment): number {
  return env.RATE_LIMIT_PER_MINUTE ?? (env.NODE_ENV === 'test' ? 0 : 600);
}

/** GRAPHQL_INTROSPECTION as it applies: its value when set, else on everywhere but NODE_ENV=production. */
export function introspectionEnabled(env: Environment): boolean {
  return env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production';
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses and validates the environment; throws InvalidEnvironmentError naming every bad variable. */
export function parseEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const known = Object.keys(new Environment());
  const raw = Object.fromEntries(Object.entries(source).filter(([key]) => known.includes(key)));
  // exposeUnsetFields: false, so a variable set to '' (treated as unset) keeps its default.
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true, exposeUnsetFields: false });
  const errors = validateSync(env, { whitelist: true });
  const problems = errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
  }
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);
  return env;
}
