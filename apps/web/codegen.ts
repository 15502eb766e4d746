import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run web:codegen`: typed document nodes for every operation the web pages send, from the .graphql documents
 * beside them and the API's generated schema. The output is committed; regenerate it after changing either.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: 'apps/web/src/graphql/operations/*.graphql',
  generates: {
    'apps/web/src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
