import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { introspectionEnabled, RuntimeConfig } from '@app/config';
import { formatGraphQLError, formatGraphQLErrorWithoutSuggestions } from './error-formatting';
import { graphiqlEnabled, graphiqlLandingPage } from './graphiql-page';
import { GraphQLContext, LoadersFactory } from './loaders';
import { queryCostPlugin } from './query-cost';
import { GraphQLRateLimit } from './rate-limit';
import { AuthenticatedRequest } from '../auth/request-of';

/**
 * API.md "Validation": what one operation may ask for (docs/hardening.md says how each was chosen). Depth counts
 * nested fields (fragments flattened, so spreading one does not add a level); cost uses graphql-armor's default
 * weights (object 2, scalar 1, × 1.5 per level) × each list's page size however it is written (query-cost.ts).
 * Tokens are capped by graphql-js's own parser (parseOptions), so an over-long document is a GRAPHQL_PARSE_FAILED 400
 * like any other syntax error.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 50_000,
  maxTokens: 5000,
  maxDirectives: 50,
} as const;

function armor() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // The cost limit is queryCostPlugin: it needs the variables, which validation rules never see.
    costLimit: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Armor's token plugin throws from a hook Apollo does not catch (a 500); parseOptions.maxTokens below instead.
    maxTokens: { enabled: false },
    // "Did you mean …?" hints are removed in the error formatter instead (it sees variable errors too).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/**
 * Every answer may hold a person's data, so no browser or proxy keeps it. This replaces Apollo's cache-control
 * plugin, which set the same header but wrapped every field's resolver, on every item of every list, to read cache
 * hints the schema never gives (docs/decisions.md "Web pages' speed").
 */
const neverStored: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * Apollo Server 5 under Nest, code-first. The schema is generated in memory and sorted; `npm run schema:generate`
 * writes the same schema to schema.gql, and a test proves the running server serves exactly the committed file.
 */
export function graphqlOptions(
  config: RuntimeConfig,
  loaders: LoadersFactory,
  rateLimit: GraphQLRateLimit,
): ApolloDriverConfig {
  const production = config.env.NODE_ENV === 'production';
  const introspection = introspectionEnabled(config.env);
  const { plugins, validationRules } = armor();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection,
    // Our own GraphiQL landing page (graphiql-page.ts) instead of Nest's, which loads React from a CDN.
    playground: false,
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      neverStored,
      queryCostPlugin(QUERY_LIMITS.maxCost),
      ...rateLimit.plugins(),
      ...plugins,
      // Nest adds Apollo's "landing page disabled" plugin (playground: false): no page unless this one.
      ...(graphiqlEnabled(config.env) ? [graphiqlLandingPage()] : []),
    ],
    formatError: production ? formatGraphQLErrorWithoutSuggestions : formatGraphQLError,
    context: ({ req }: { req: AuthenticatedRequest }): GraphQLContext => ({ req, loaders: loaders.create() }),
  };
}
