import { introspectionEnabled, InvalidEnvironmentError, parseEnvironment, rateLimitPerMinute } from './environment';

const SECRET = 'x'.repeat(32);

/** The problems parseEnvironment reports for a source, or [] when it accepts it. */
function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    parseEnvironment(source);
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
}

describe('parseEnvironment', () => {
  describe('defaults', () => {
    it('gives every variable its documented default when the environment is empty', () => {
      const env = parseEnvironment({});
      expect(env.NODE_ENV).toBe('development');
      expect(env.PORT).toBe(3000);
      expect(env.DATA_DIR).toBe('./.data');
      expect(env.LOG_LEVEL).toBe('info');
      expect(env.DATABASE_POOL_SIZE).toBe(10);
      expect(env.WORKER_CONCURRENCY).toBe(4);
      expect(env.DATABASE_URL).toBeUndefined();
      expect(env.REDIS_URL).toBeUndefined();
      expect(env.JWT_SECRET).toBeUndefined();
      expect(env.ADMIN_EMAIL).toBeUndefined();
      expect(env.ADMIN_PASSWORD).toBeUndefined();
      expect(env.QUEUE_PREFIX).toBeUndefined();
    });

    it('ignores variables it does not know', () => {
      const env = parseEnvironment({ HOME: '/root', PATH: '/usr/bin' });
      expect(env).not.toHaveProperty('HOME');
      expect(env).not.toHaveProperty('PATH');
    });
  });

  describe('values given', () => {
    it('reads a valid full configuration, turning numbers into numbers', () => {
      const env = parseEnvironment({
        NODE_ENV: 'production',
        PORT: '8080',
        DATA_DIR: '/var/lib/skills',
        DATABASE_URL: 'postgres://app:pw@db:5432/skills',
        REDIS_URL: 'rediss://cache:6380',
        JWT_SECRET: SECRET,
        ADMIN_EMAIL: 'admin@manchester.gov.uk',
        ADMIN_PASSWORD: 'correct-horse',
        LOG_LEVEL: 'debug',
        DATABASE_POOL_SIZE: '25',
        WORKER_CONCURRENCY: '8',
        QUEUE_PREFIX: 'skills',
      });
      expect(env).toMatchObject({
        NODE_ENV: 'production',
        PORT: 8080,
        DATA_DIR: '/var/lib/skills',
        DATABASE_URL: 'postgres://app:pw@db:5432/skills',
        REDIS_URL: 'rediss://cache:6380',
        JWT_SECRET: SECRET,
        ADMIN_EMAIL: 'admin@manchester.gov.uk',
        ADMIN_PASSWORD: 'correct-horse',
        LOG_LEVEL: 'debug',
        DATABASE_POOL_SIZE: 25,
        WORKER_CONCURRENCY: 8,
        QUEUE_PREFIX: 'skills',
      });
    });

    it('accepts both postgres:// and postgresql:// database URLs', () => {
      expect(parseEnvironment({ DATABASE_URL: 'postgres://h/db' }).DATABASE_URL).toBe('postgres://h/db');
      expect(parseEnvironment({ DATABASE_URL: 'postgresql://h/db' }).DATABASE_URL).toBe('postgresql://h/db');
    });

    it('accepts both redis:// and rediss:// queue URLs', () => {
      expect(parseEnvironment({ REDIS_URL: 'redis://h:6379' }).REDIS_URL).toBe('redis://h:6379');
      expect(parseEnvironment({ REDIS_URL: 'rediss://h:6380' }).REDIS_URL).toBe('rediss://h:6380');
    });
  });

  describe('PORT', () => {
    it('accepts the bounds 0 and 65535', () => {
      expect(parseEnvironment({ PORT: '0' }).PORT).toBe(0);
      expect(parseEnvironment({ PORT: '65535' }).PORT).toBe(65535);
    });

    it('refuses a port that is not a number, naming only PORT', () => {
      const problems = problemsOf({ PORT: 'abc' });
      expect(problems).toContain('PORT must be an integer number');
      expect(problems.every((problem) => problem.startsWith('PORT '))).toBe(true);
    });

    it('refuses a port above 65535', () => {
      expect(problemsOf({ PORT: '65536' })).toEqual([expect.stringMatching(/^PORT /)]);
      expect(problemsOf({ PORT: '70000' })).toEqual([expect.stringMatching(/^PORT /)]);
    });

    it('refuses a negative port', () => {
      expect(problemsOf({ PORT: '-1' })).toEqual([expect.stringMatching(/^PORT /)]);
    });

    it('refuses a fractional port', () => {
      expect(problemsOf({ PORT: '3000.5' })).toEqual([expect.stringMatching(/^PORT /)]);
    });
  });

  describe('URLs', () => {
    it('refuses a database URL of another kind', () => {
      expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toEqual([
        'DATABASE_URL must be a postgres:// or postgresql:// URL',
      ]);
    });

    it('refuses a redis URL of another kind', () => {
      expect(problemsOf({ REDIS_URL: 'http://cache:6379' })).toEqual(['REDIS_URL must be a redis:// or rediss:// URL']);
    });

    it('refuses a redis URL with nothing after the scheme', () => {
      expect(problemsOf({ REDIS_URL: 'redis://' })).toEqual(['REDIS_URL must be a redis:// or rediss:// URL']);
    });
  });

  describe('JWT_SECRET', () => {
    it('refuses a secret of 31 characters', () => {
      expect(problemsOf({ JWT_SECRET: 'x'.repeat(31) })).toEqual(['JWT_SECRET must be at least 32 characters']);
    });

    it('accepts a secret of 32 characters', () => {
      expect(parseEnvironment({ JWT_SECRET: SECRET }).JWT_SECRET).toBe(SECRET);
    });

    it('is required in production', () => {
      expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET is required when NODE_ENV=production']);
    });

    it('is optional in development and test', () => {
      expect(problemsOf({ NODE_ENV: 'development' })).toEqual([]);
      expect(problemsOf({ NODE_ENV: 'test' })).toEqual([]);
    });
  });

  describe('other variables', () => {
    it('refuses an unknown NODE_ENV', () => {
      expect(problemsOf({ NODE_ENV: 'staging' })).toEqual([expect.stringMatching(/^NODE_ENV /)]);
    });

    it('refuses an unknown LOG_LEVEL', () => {
      expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual([expect.stringMatching(/^LOG_LEVEL /)]);
    });

    it('refuses an ADMIN_EMAIL that is not an email address', () => {
      expect(problemsOf({ ADMIN_EMAIL: 'admin' })).toEqual(['ADMIN_EMAIL must be an email address']);
    });

    it('refuses an ADMIN_PASSWORD of 9 characters and accepts one of 10', () => {
      expect(problemsOf({ ADMIN_PASSWORD: 'x'.repeat(9) })).toEqual(['ADMIN_PASSWORD must be at least 10 characters']);
      expect(problemsOf({ ADMIN_PASSWORD: 'x'.repeat(10) })).toEqual([]);
    });

    it('keeps DATABASE_POOL_SIZE within 1..100', () => {
      expect(problemsOf({ DATABASE_POOL_SIZE: '0' })).toEqual([expect.stringMatching(/^DATABASE_POOL_SIZE /)]);
      expect(problemsOf({ DATABASE_POOL_SIZE: '1' })).toEqual([]);
      expect(problemsOf({ DATABASE_POOL_SIZE: '100' })).toEqual([]);
      expect(problemsOf({ DATABASE_POOL_SIZE: '101' })).toEqual([expect.stringMatching(/^DATABASE_POOL_SIZE /)]);
    });

    it('keeps WORKER_CONCURRENCY within 1..64', () => {
      expect(problemsOf({ WORKER_CONCURRENCY: '0' })).toEqual([expect.stringMatching(/^WORKER_CONCURRENCY /)]);
      expect(problemsOf({ WORKER_CONCURRENCY: '1' })).toEqual([]);
      expect(problemsOf({ WORKER_CONCURRENCY: '64' })).toEqual([]);
      expect(problemsOf({ WORKER_CONCURRENCY: '65' })).toEqual([expect.stringMatching(/^WORKER_CONCURRENCY /)]);
    });
  });

  describe('RATE_LIMIT_PER_MINUTE', () => {
    it('defaults to 600, and to 0 (off) under NODE_ENV=test', () => {
      expect(rateLimitPerMinute(parseEnvironment({}))).toBe(600);
      expect(rateLimitPerMinute(parseEnvironment({ NODE_ENV: 'production', JWT_SECRET: SECRET }))).toBe(600);
      expect(rateLimitPerMinute(parseEnvironment({ NODE_ENV: 'test' }))).toBe(0);
      expect(rateLimitPerMinute(parseEnvironment({ NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '' }))).toBe(0);
    });

    it('takes the value given, 0 included, in any NODE_ENV', () => {
      expect(rateLimitPerMinute(parseEnvironment({ RATE_LIMIT_PER_MINUTE: '0' }))).toBe(0);
      expect(rateLimitPerMinute(parseEnvironment({ NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '5' }))).toBe(5);
    });

    it('refuses a negative or non-integer limit', () => {
      expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '-1' })).toEqual([expect.stringMatching(/^RATE_LIMIT_PER_MINUTE /)]);
      const problems = problemsOf({ RATE_LIMIT_PER_MINUTE: 'lots' });
      expect(problems).toContain('RATE_LIMIT_PER_MINUTE must be an integer number');
      expect(problems.every((problem) => problem.startsWith('RATE_LIMIT_PER_MINUTE '))).toBe(true);
    });
  });

  describe('GRAPHQL_INTROSPECTION', () => {
    it('defaults to on outside production and off in production', () => {
      expect(introspectionEnabled(parseEnvironment({}))).toBe(true);
      expect(introspectionEnabled(parseEnvironment({ NODE_ENV: 'test' }))).toBe(true);
      expect(introspectionEnabled(parseEnvironment({ NODE_ENV: 'production', JWT_SECRET: SECRET }))).toBe(false);
    });

    it('can be switched either way', () => {
      const production = { NODE_ENV: 'production', JWT_SECRET: SECRET };
      expect(introspectionEnabled(parseEnvironment({ ...production, GRAPHQL_INTROSPECTION: 'true' }))).toBe(true);
      expect(introspectionEnabled(parseEnvironment({ GRAPHQL_INTROSPECTION: 'false' }))).toBe(false);
      expect(introspectionEnabled(parseEnvironment({ GRAPHQL_INTROSPECTION: '0' }))).toBe(false);
      expect(introspectionEnabled(parseEnvironment({ GRAPHQL_INTROSPECTION: 'ON' }))).toBe(true);
    });

    it('refuses a value that is not a boolean', () => {
      expect(problemsOf({ GRAPHQL_INTROSPECTION: 'maybe' })).toEqual(['GRAPHQL_INTROSPECTION must be true or false']);
    });
  });

  describe('several problems', () => {
    it('throws one InvalidEnvironmentError naming every bad variable', () => {
      const source = {
        NODE_ENV: 'production',
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'http://cache',
        ADMIN_EMAIL: 'admin',
      };
      expect(() => parseEnvironment(source)).toThrow(InvalidEnvironmentError);
      const problems = problemsOf(source);
      for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'ADMIN_EMAIL', 'JWT_SECRET']) {
        expect(problems.filter((problem) => problem.startsWith(name))).not.toHaveLength(0);
      }
    });

    it('lists each problem in the error message', () => {
      expect(() => parseEnvironment({ PORT: '70000', DATABASE_URL: 'mysql://x' })).toThrow(
        /Invalid configuration:\n {2}- PORT .*\n {2}- DATABASE_URL must be a postgres/,
      );
    });

    it('names a short JWT_SECRET once in production, not also as missing', () => {
      expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toEqual([
        'JWT_SECRET must be at least 32 characters',
      ]);
    });
  });

  describe('empty strings', () => {
    it('treats empty optional variables as unset', () => {
      const env = parseEnvironment({
        DATABASE_URL: '',
        REDIS_URL: '',
        JWT_SECRET: '',
        ADMIN_EMAIL: '',
        ADMIN_PASSWORD: '',
        QUEUE_PREFIX: '',
      });
      expect(env.DATABASE_URL).toBeUndefined();
      expect(env.REDIS_URL).toBeUndefined();
      expect(env.JWT_SECRET).toBeUndefined();
      expect(env.ADMIN_EMAIL).toBeUndefined();
      expect(env.ADMIN_PASSWORD).toBeUndefined();
      expect(env.QUEUE_PREFIX).toBeUndefined();
    });

    it('treats an empty JWT_SECRET in production as missing', () => {
      expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: '' })).toEqual([
        'JWT_SECRET is required when NODE_ENV=production',
      ]);
    });

    it('treats empty numeric variables as unset, giving their defaults', () => {
      const env = parseEnvironment({ PORT: '', DATABASE_POOL_SIZE: '', WORKER_CONCURRENCY: '' });
      expect(env.PORT).toBe(3000);
      expect(env.DATABASE_POOL_SIZE).toBe(10);
      expect(env.WORKER_CONCURRENCY).toBe(4);
    });

    it('treats empty NODE_ENV and LOG_LEVEL as unset, giving their defaults', () => {
      const env = parseEnvironment({ NODE_ENV: '', LOG_LEVEL: '' });
      expect(env.NODE_ENV).toBe('development');
      expect(env.LOG_LEVEL).toBe('info');
    });

    it('treats an empty DATA_DIR as unset, giving its default', () => {
      expect(parseEnvironment({ DATA_DIR: '' }).DATA_DIR).toBe('./.data');
    });
  });
});
