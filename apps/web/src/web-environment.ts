import { plainToInstance, Transform } from 'class-transformer';
import { IsOptional, Matches, MinLength, validateSync } from 'class-validator';
import { InvalidEnvironmentError } from '@app/config';

const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * The environment variables only the web front end reads (README.md "Configuration"); the platform's own (PORT,
 * DATABASE_URL, REDIS_URL, ...) are in @app/config. Validated at start-up like those.
 */
export class WebEnvironment {
  /** The GraphQL API the pages speak to; unset: this process's own /graphql (`npm start`). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'API_URL must be an http:// or https:// URL (the API’s /graphql)' })
  API_URL?: string = undefined;

  /** Signs the session cookie; unset outside production: generated once into DATA_DIR/secrets. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string = undefined;
}

/** Parses the web's variables; throws InvalidEnvironmentError naming every bad one. */
export function parseWebEnvironment(source: NodeJS.ProcessEnv, production: boolean): WebEnvironment {
  const known = Object.keys(new WebEnvironment());
  const raw = Object.fromEntries(Object.entries(source).filter(([key]) => known.includes(key)));
  const env = plainToInstance(WebEnvironment, raw, { exposeDefaultValues: true, exposeUnsetFields: false });
  const problems = validateSync(env).flatMap((error) => Object.values(error.constraints ?? {}));
  if (production && !env.SESSION_SECRET) problems.push('SESSION_SECRET is required when NODE_ENV=production');
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);
  return env;
}
