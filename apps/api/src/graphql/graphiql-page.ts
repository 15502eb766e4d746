import { ApolloServerPlugin } from '@apollo/server';
import { Environment, introspectionEnabled } from '@app/config';

/** GraphiQL is a development tool: served only in development, and only when there is a schema for it to show. */
export const graphiqlEnabled = (env: Environment): boolean =>
  env.NODE_ENV === 'development' && introspectionEnabled(env);

/** Where the page's scripts and styles are served from (GraphiqlAssetsController), never a CDN. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets';

// Shown in the query editor on first visit (GraphiQL keeps the user's own query after that).
const SIGN_IN_HELP = `# Welcome to the brokerage API.
#
# Most queries need a signed-in user. To sign in:
#   1. Run the login mutation below with your email and password.
#   2. Copy the accessToken from the answer.
#   3. Open "Headers" (bottom panel) and enter:
#        { "Authorization": "Bearer <accessToken>" }
# Public queries (programmes, vacancies, skills, wards) work without it.

mutation SignIn {
  login(input: { email: "you@example.org", password: "your password" }) {
    accessToken
    expiresAt
    user { role }
  }
}
`;

/** The landing page: GraphiQL from the project's own dependencies, with a line on how to sign in. */
export function graphiqlHtml(): string {
  const asset = (file: string) => `${GRAPHIQL_ASSETS_PATH}/${file}`;
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>GraphiQL: brokerage API</title>
    <style>
      body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: sans-serif; }
      #sign-in-help { padding: 6px 12px; font-size: 14px; background: #f3f2f1; border-bottom: 1px solid #b1b4b6; }
      #graphiql { flex: 1; min-height: 0; }
    </style>
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
  </head>
  <body>
    <p id="sign-in-help">
      To sign in: run the <code>login</code> mutation, then add the header
      <code>{"Authorization": "Bearer &lt;accessToken&gt;"}</code> under <strong>Headers</strong>.
    </p>
    <div id="graphiql">Loading…</div>
    <script>
      const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
      ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, {
          fetcher,
          defaultQuery: ${JSON.stringify(SIGN_IN_HELP)},
          defaultEditorToolsVisibility: true,
          isHeadersEditorEnabled: true,
          shouldPersistHeaders: false,
        }),
      );
    </script>
  </body>
</html>
`;
}

/** Apollo's landing page hook, answering a browser's GET /graphql with graphiqlHtml(). */
export function graphiqlLandingPage(): ApolloServerPlugin {
  const html = graphiqlHtml();
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
