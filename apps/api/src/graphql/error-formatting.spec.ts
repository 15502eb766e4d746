import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError, locatedError } from 'graphql';
import { DomainError, InvalidInputError } from '@app/errors';
import { formatGraphQLError } from './error-formatting';

/**
 * What Apollo hands formatError for an error thrown in a resolver: graphql-js wraps it with locatedError (path set,
 * originalError = the thrown error), and Apollo formats that with a default code and, in development, a stacktrace.
 */
function thrownInResolver(thrown: Error, path: readonly (string | number)[] = ['register']) {
  const error = locatedError(thrown, undefined, path);
  const json = error.toJSON();
  const formatted: GraphQLFormattedError = {
    ...json,
    locations: [{ line: 2, column: 3 }],
    extensions: {
      ...json.extensions,
      code: json.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      stacktrace: (thrown.stack ?? '').split('\n'),
    },
  };
  return { formatted, error };
}

/** What Apollo hands formatError for a request it refused before running any resolver. */
function requestError(code: string, message: string) {
  const error = new GraphQLError(message, { extensions: { code } });
  const formatted: GraphQLFormattedError = { message, locations: [{ line: 1, column: 9 }], extensions: { code } };
  return { formatted, error };
}

describe('formatGraphQLError', () => {
  let logError: jest.SpyInstance;
  beforeEach(() => {
    logError = jest.spyOn(Logger.prototype, 'error').mockImplementation();
  });
  afterEach(() => {
    logError.mockRestore();
  });

  describe('domain errors', () => {
    it('gives the domain code, reason and message', () => {
      const { formatted, error } = thrownInResolver(
        new DomainError('CONFLICT', 'EMAIL_TAKEN', 'An account with that email already exists'),
      );
      expect(formatGraphQLError(formatted, error)).toEqual({
        message: 'An account with that email already exists',
        locations: [{ line: 2, column: 3 }],
        path: ['register'],
        extensions: { code: 'CONFLICT', reason: 'EMAIL_TAKEN' },
      });
    });

    it('lists every field error of an InvalidInputError under BAD_USER_INPUT, without a reason', () => {
      const fieldErrors = [
        { path: 'input.email', message: 'x' },
        { path: 'input.password', message: 'y' },
      ];
      const { formatted, error } = thrownInResolver(new InvalidInputError(fieldErrors));
      expect(formatGraphQLError(formatted, error).extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors });
    });

    it('leaves out reason and fieldErrors when the domain error has none', () => {
      const { formatted, error } = thrownInResolver(new DomainError('NOT_FOUND', undefined, 'No such vacancy'));
      expect(formatGraphQLError(formatted, error).extensions).toEqual({ code: 'NOT_FOUND' });
    });

    it('does not pass on the stacktrace Apollo added', () => {
      const { formatted, error } = thrownInResolver(new DomainError('FORBIDDEN', 'NOT_YOURS', 'Not allowed'));
      expect(JSON.stringify(formatGraphQLError(formatted, error))).not.toContain('stacktrace');
    });

    it('does not log domain errors', () => {
      const { formatted, error } = thrownInResolver(new DomainError('CONFLICT', 'COHORT_FULL', 'The cohort is full'));
      formatGraphQLError(formatted, error);
      expect(logError).not.toHaveBeenCalled();
    });
  });

  describe('errors GraphQL raises for a bad request', () => {
    it('turns GRAPHQL_VALIDATION_FAILED into BAD_USER_INPUT with the original code as reason', () => {
      const { formatted, error } = requestError(
        'GRAPHQL_VALIDATION_FAILED',
        'Cannot query field "nope" on type "Query".',
      );
      expect(formatGraphQLError(formatted, error)).toEqual({
        message: 'Cannot query field "nope" on type "Query".',
        locations: [{ line: 1, column: 9 }],
        path: undefined,
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      });
    });

    it('turns GRAPHQL_PARSE_FAILED into BAD_USER_INPUT with the original code as reason', () => {
      const { formatted, error } = requestError('GRAPHQL_PARSE_FAILED', 'Syntax Error: Expected Name, found <EOF>.');
      expect(formatGraphQLError(formatted, error).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'GRAPHQL_PARSE_FAILED',
      });
    });

    it('keeps BAD_USER_INPUT (e.g. a bad variable) as it is, with no reason', () => {
      const { formatted, error } = requestError('BAD_USER_INPUT', 'Variable "$first" got invalid value "x".');
      expect(formatGraphQLError(formatted, error)).toMatchObject({
        message: 'Variable "$first" got invalid value "x".',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(formatGraphQLError(formatted, error).extensions).not.toHaveProperty('reason');
    });

    it('passes UNAUTHENTICATED, FORBIDDEN and RATE_LIMITED through with only their code', () => {
      for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED']) {
        const { formatted, error } = requestError(code, 'Refused');
        expect(formatGraphQLError({ ...formatted, extensions: { code, extra: 1 } }, error)).toEqual({
          message: 'Refused',
          locations: [{ line: 1, column: 9 }],
          path: undefined,
          extensions: { code },
        });
      }
    });
  });

  describe('anything else', () => {
    const sqlError = () => {
      const error = new Error('duplicate key value violates unique constraint "users_email_key"');
      error.stack = `${error.message}\n    at Parser.parseErrorMessage (node_modules/pg-protocol/dist/parser.js:283:98)`;
      return error;
    };

    it('answers with a fixed message and INTERNAL_SERVER_ERROR, keeping only the path', () => {
      const { formatted, error } = thrownInResolver(sqlError(), ['registerResident']);
      expect(formatGraphQLError(formatted, error)).toEqual({
        message: 'Internal server error',
        path: ['registerResident'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });

    it('lets no SQL, stack trace or source location reach the client', () => {
      const { formatted, error } = thrownInResolver(sqlError());
      const sent = JSON.stringify(formatGraphQLError(formatted, error));
      expect(sent).not.toContain('duplicate key');
      expect(sent).not.toContain('users_email_key');
      expect(sent).not.toContain('stack');
      expect(sent).not.toContain('at ');
      expect(sent).not.toContain('locations');
    });

    it('logs the original error for the operators', () => {
      const original = sqlError();
      const { formatted, error } = thrownInResolver(original);
      formatGraphQLError(formatted, error);
      expect(logError).toHaveBeenCalledTimes(1);
      expect(logError.mock.calls[0][0]).toMatchObject({ err: original });
    });

    it('hides a GraphQL error with a code the client is not meant to see', () => {
      const { formatted, error } = requestError('SOME_PLUGIN_FAILURE', 'Redis connection to 10.0.0.5:6379 refused');
      expect(formatGraphQLError(formatted, error)).toEqual({
        message: 'Internal server error',
        path: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });

    it('hides an error with no code at all', () => {
      expect(formatGraphQLError({ message: 'secret detail' }, new TypeError('secret detail'))).toEqual({
        message: 'Internal server error',
        path: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });
  });
});
