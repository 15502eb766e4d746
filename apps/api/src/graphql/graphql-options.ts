import { ApolloDriverConfig } from '@nestjs/apollo';
import { RuntimeConfig } from '@app/config';
import { formatGraphQLError } from './error-formatting';
import { GraphQLContext, LoadersFactory } from './loaders';
import { AuthenticatedRequest } from '../auth/request-of';

/**
 * Apollo Server 5 under Nest, code-first. The schema is generated in memory and sorted; `npm run schema:generate`
 * writes the same schema to schema.gql, and a test proves the running server serves exactly the committed file.
 */
export function graphqlOptions(config: RuntimeConfig, loaders: LoadersFactory): ApolloDriverConfig {
  const development = config.env.NODE_ENV !== 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: development,
    playground: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: formatGraphQLError,
    context: ({ req }: { req: AuthenticatedRequest }): GraphQLContext => ({ req, loaders: loaders.create() }),
  };
}
