import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { builtOperations, checkContract, CONTRACT_FILE, readContract } from '../../../scripts/contract';
import { SCHEMA_FILE } from '../../../scripts/schema';

describe('GraphQL schema (e2e)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const servedSchema = () => lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema);

  it('the running server serves exactly the committed schema.gql', () => {
    expect(`${printSchema(servedSchema())}\n`).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  const contract = readContract();
  if (!contract) console.warn(`SKIPPED: contract check: ${CONTRACT_FILE} not found (present beside the repo in CI)`);
  (contract ? it : it.skip)('breaks no part of api-contract.graphql that is built', async () => {
    const report = await checkContract(contract!, servedSchema());
    expect(report.breaking.map((change) => change.message)).toEqual([]);
    expect(builtOperations(contract!, servedSchema())).toEqual(
      expect.arrayContaining([
        'Query.me',
        'Query.skills',
        'Query.wards',
        'Mutation.registerResident',
        'Mutation.login',
      ]),
    );
  });

  it('the contract check notices a breaking change', async () => {
    const sdl = `type Query { me: User! } type User { id: ID! email: String! }`;
    const broken = `type Query { me: User } type User { id: ID! }`;
    const report = await checkContract(sdl, buildSchema(broken));
    expect(report.breaking.length).toBe(2);
  });
});
