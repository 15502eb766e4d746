import { Actors, createActors, GOOD_PASSWORD, openCohort, skillIds, TestApp, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';
import { postCsv } from './cohort-return-fixtures';
import { tableCounts } from './hostile-fixtures';

const NUL = 'a\u0000b';
const LONE_SURROGATE = '\ud800@example.org';

/**
 * Text PostgreSQL cannot take (a NUL character; a lone UTF-16 surrogate, which is not a character at all) is
 * refused as BAD_USER_INPUT naming the field, wherever it is sent, and nothing is written.
 */
describe('text PostgreSQL cannot store (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let cohortId: string;

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    const [skillId] = await skillIds(api, 'SQL');
    ({ cohortId } = await openCohort(api, actors.provider, skillId));
  });
  afterAll(() => api.close());

  const cases: { name: string; query: string; variables: object; path: string; as?: keyof Actors }[] = [
    {
      name: 'skill search',
      query: `query ($s: String) { skills(search: $s) { totalCount } }`,
      variables: { s: NUL },
      path: 'search',
    },
    {
      name: 'programme search',
      query: `query ($s: String) { programmes(filter: { search: $s }) { totalCount } }`,
      variables: { s: NUL },
      path: 'filter.search',
    },
    {
      name: 'vacancy search',
      query: `query ($s: String) { vacancies(filter: { search: $s }) { totalCount } }`,
      variables: { s: NUL },
      path: 'filter.search',
    },
    {
      name: 'a name at registration',
      query: `mutation ($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }`,
      variables: { i: { email: uniqueEmail('nul'), password: GOOD_PASSWORD, displayName: NUL } },
      path: 'input.displayName',
    },
    {
      name: 'a lone surrogate as the email at registration',
      query: `mutation ($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }`,
      variables: { i: { email: LONE_SURROGATE, password: GOOD_PASSWORD, displayName: 'Someone' } },
      path: 'input.email',
    },
    {
      name: 'a lone surrogate as the email at sign-in',
      query: `mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`,
      variables: { i: { email: LONE_SURROGATE, password: GOOD_PASSWORD } },
      path: 'input.email',
    },
    {
      name: 'an id',
      query: `query ($id: ID!) { vacancy(id: $id) { id } }`,
      variables: { id: '\u0000' },
      path: 'id',
    },
  ];

  it.each(cases.map((c) => [c.name, c]))('%s is BAD_USER_INPUT naming the field', async (_name, c) => {
    const before = await tableCounts(api);
    const res = await api.gql(c.query, c.variables, c.as ? actors[c.as].token : undefined);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: c.path, message: expect.stringMatching(/NUL character|broken character/) }],
    });
    expect(await tableCounts(api)).toEqual(before);
  });

  it('a NUL in a REST path is a 400 naming the path parameter', async () => {
    const res = await postCsv(
      api,
      `/api/cohorts/a%00b/learners.csv`,
      `learner_ref,furthest_stage\r\n`,
      actors.provider.token,
    );
    expect(res.status).toBe(400);
    // The CSV routes answer every refusal in their one body shape (docs/brokerage.md "CSV").
    expect(res.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ row: null, field: 'id', message: expect.stringContaining('NUL character') }],
    });
  });

  it('a NUL in a CSV cell is a 400 naming the row and column', async () => {
    const before = await tableCounts(api);
    const res = await postCsv(
      api,
      `/api/cohorts/${cohortId}/learners.csv`,
      `learner_ref,furthest_stage\r\nL\u00001,ENQUIRED\r\n`,
      actors.provider.token,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.errors).toEqual([
      { row: 2, field: 'learner_ref', message: expect.stringMatching(/^learner_ref contains a NUL character/) },
    ]);
    expect(await tableCounts(api)).toEqual(before);
  });
});
