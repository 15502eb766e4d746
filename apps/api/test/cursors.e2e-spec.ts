import { buildSchema, getNamedType, GraphQLObjectType, isNonNullType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditService } from '@app/audit';
import { Actors, createActors, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const keysetCursor = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

/** Cursors a client could forge or damage; each must be a BAD_USER_INPUT on `after`, never a server error. */
const FORGED_CURSORS: Record<string, string> = {
  'a timestamp PostgreSQL cannot read': keysetCursor('k', 0, '2020-01-01 (x)', UUID),
  'a month 13': keysetCursor('k', 0, '2020-13-01 10:00:00+00', UUID),
  'an hour 25': keysetCursor('k', 0, '2020-01-01 25:00:00+00', UUID),
  'a rank too large for a real': keysetCursor('k', 1e308, '2020-01-01 10:00:00+00', UUID),
  'a rank too small for a real': keysetCursor('k', 1e-300, '2020-01-01 10:00:00+00', UUID),
  'an id that is not a uuid': keysetCursor('k', 0, '2020-01-01 10:00:00+00', 'x'),
  'an offset cursor of 2^60': Buffer.from(`o:${2 ** 60}`).toString('base64url'),
  'a truncated cursor': keysetCursor('k', 0, '2020-01-01 10:00:00+00', UUID).slice(0, 20),
  'a NUL byte': '\u0000',
};

/** Every list of the served schema that takes `after`, with its required ids filled in. */
function listsWithCursors(): { name: string; query: string }[] {
  const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.gql'), 'utf8'));
  const fields = Object.values((schema.getQueryType() as GraphQLObjectType).getFields());
  return fields
    .filter((field) => field.args.some((arg) => arg.name === 'after'))
    .map((field) => {
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.name !== 'after');
      const args = [...required.map((arg) => `${arg.name}: "${UUID}"`), 'after: $after'].join(', ');
      const leaf = getNamedType(field.type).name.endsWith('Connection') ? 'totalCount' : '__typename';
      return { name: field.name, query: `query ($after: String) { ${field.name}(${args}) { ${leaf} } }` };
    });
}

describe('forged and damaged cursors (e2e)', () => {
  let api: TestApp;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
  });
  afterAll(() => api.close());

  const lists = listsWithCursors();

  it('finds the lists to check in the schema', () => {
    expect(lists.map((list) => list.name)).toEqual(expect.arrayContaining(['vacancies', 'programmes', 'auditLog']));
  });

  describe.each(Object.entries(FORGED_CURSORS))('%s', (_label, cursor) => {
    it.each(lists.map((list) => [list.name, list]))('on %s is BAD_USER_INPUT naming after', async (_name, list) => {
      const callers = [undefined, actors.resident, actors.provider, actors.employer, actors.admin];
      const answers = await Promise.all(callers.map((actor) => api.gql(list.query, { after: cursor }, actor?.token)));
      for (const res of answers) {
        expect(res.status).toBeLessThan(500);
        expect(res.errors?.map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
      }
      // At least one caller may use the list, and it is told which argument is wrong.
      const refusals = answers.filter((res) => res.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT');
      expect(refusals.length).toBeGreaterThan(0);
      for (const res of refusals) {
        const paths = (res.errors![0].extensions!.fieldErrors as { path: string }[]).map((error) => error.path);
        expect(paths).toEqual(['after']);
      }
    });
  });

  it('pages the whole audit log with its own end cursors, without a subject', async () => {
    const page = (after?: string | null) =>
      api.gql<{
        auditLog: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      }>(
        `query ($after: String) { auditLog(first: 1, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
        { after },
        actors.admin.token,
      );
    const entry = { actor: { id: actors.admin.userId, role: 'ADMIN' }, subjectType: 'Test', subjectId: null };
    await api.app.get(AuditService).record([
      { ...entry, action: 'FIRST' },
      { ...entry, action: 'SECOND' },
    ]);
    const first = await page();
    expect(first.errors).toBeUndefined();
    const second = await page(first.data!.auditLog.pageInfo.endCursor);
    expect(second.errors).toBeUndefined();
    expect(second.data!.auditLog.edges[0]?.node.id).not.toEqual(first.data!.auditLog.edges[0]?.node.id);
  });
});
