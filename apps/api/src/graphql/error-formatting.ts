import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { DomainError } from '@app/errors';

const logger = new Logger('GraphQLErrors');

/** Errors the GraphQL layer itself raises for a bad request; they are the client's fault and say so. */
const CLIENT_ERROR_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

/**
 * The one mapping from anything thrown to what a client sees (API.md "Errors"): a DomainError gives its code,
 * reason and field errors; GraphQL's own request errors become BAD_USER_INPUT with the original code as reason;
 * everything else is INTERNAL_SERVER_ERROR with a fixed message, logged here with its stack and never sent.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatAnyError(formatted, error);
}

// graphql-js's hints: `Did you mean "name"?`, `Did you mean the enum value "BOOTCAMP"?`, `… "a", "b", or "c"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * As formatGraphQLError, without graphql-js's "Did you mean …?" hints: in production they would map field names and
 * enum values for a caller who cannot introspect. Here rather than in a validation rule because variable values
 * (an enum sent as a variable) are checked after validation, and every error passes through here.
 */
export function formatGraphQLErrorWithoutSuggestions(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const answer = formatAnyError(formatted, error);
  return { ...answer, message: answer.message.replace(SUGGESTION, '') };
}

function formatAnyError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.reason ? { reason: original.reason } : {}),
        ...(original.fieldErrors.length ? { fieldErrors: original.fieldErrors } : {}),
      },
    };
  }

  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (code && CLIENT_ERROR_CODES[code]) {
    const mapped = CLIENT_ERROR_CODES[code];
    return { ...base, extensions: { code: mapped, ...(mapped !== code ? { reason: code } : {}) } };
  }
  if (code === 'RATE_LIMITED' || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    return { ...base, extensions: { code } };
  }

  logger.error({ err: original, path: formatted.path }, 'unexpected error while handling a GraphQL request');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
