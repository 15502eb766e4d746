import { DataSource } from 'typeorm';
import { IdentityService, OrganisationKind } from '@app/identity';
import { londonToday, SkillLevel } from '@app/reference';
import { TestApp } from '@app/testing';
import {
  Actors,
  codes,
  createActors,
  fieldPaths,
  GOOD_PASSWORD,
  newResident,
  openVacancy,
  skillIds,
  uniqueEmail,
} from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const ORGANISATIONS = `
  query ($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name kind verified createdAt verifiedAt people { displayName email role } } }
    }
  }`;

type Listed = {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      node: { id: string; name: string; kind: string; verified: boolean; createdAt: string; verifiedAt: string | null };
    }[];
  };
};

describe('organisations (e2e): the brokerage verification queue', () => {
  let api: TestApp;
  let actors: Actors;
  /** Names made unique to this run, so the search finds only this test's organisations. */
  const tag = `Q${Date.now()}`;

  const register = async (kind: OrganisationKind, name: string) => {
    const { user } = await api.app.get(IdentityService).registerOrganisation({
      email: uniqueEmail(kind.toLowerCase()),
      password: GOOD_PASSWORD,
      displayName: `${name} contact`,
      organisationName: name,
      kind,
    });
    return user.organisationId!;
  };
  const list = (variables: Record<string, unknown>, token = actors.broker.token) =>
    api.gql<Listed>(ORGANISATIONS, variables, token);
  const names = (res: { data?: Listed | null }) => res.data!.organisations.edges.map((edge) => edge.node.name);

  let oldest: string;
  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    // Registered in this order; the middle one is verified, so the queue shows the other two first, oldest first.
    oldest = await register(OrganisationKind.EMPLOYER, `${tag} Ancoats Bakery`);
    const middle = await register(OrganisationKind.PROVIDER, `${tag} Hulme Code Club`);
    await register(OrganisationKind.PROVIDER, `${tag} Gorton 100% Skills_Hub`);
    await api.app.get(IdentityService).verifyOrganisation(middle);
  });
  afterAll(() => api.close());

  it('lists unverified organisations first, oldest first, with what they told us and who registered them', async () => {
    const res = await list({ filter: { search: tag } });
    expect(res.errors).toBeUndefined();
    expect(names(res)).toEqual([`${tag} Ancoats Bakery`, `${tag} Gorton 100% Skills_Hub`, `${tag} Hulme Code Club`]);
    expect(res.data!.organisations.totalCount).toBe(3);
    const [first, , verified] = res.data!.organisations.edges.map((edge) => edge.node);
    expect(first).toMatchObject({ kind: 'EMPLOYER', verified: false, verifiedAt: null });
    expect(first).toHaveProperty('people', [
      expect.objectContaining({ displayName: `${tag} Ancoats Bakery contact`, role: 'EMPLOYER' }),
    ]);
    expect(verified.verified).toBe(true);
    expect(Date.parse(verified.verifiedAt!)).toBeGreaterThanOrEqual(Date.parse(verified.createdAt));
  });

  it('pages with cursors, each page going on where the last one ended', async () => {
    const page1 = await list({ filter: { search: tag }, first: 1 });
    expect(names(page1)).toEqual([`${tag} Ancoats Bakery`]);
    expect(page1.data!.organisations.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = await list({
      filter: { search: tag },
      first: 2,
      after: page1.data!.organisations.pageInfo.endCursor,
    });
    expect(names(page2)).toEqual([`${tag} Gorton 100% Skills_Hub`, `${tag} Hulme Code Club`]);
    expect(page2.data!.organisations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters by verification status, kind and part of the name (wildcards typed are literal)', async () => {
    expect(names(await list({ filter: { search: tag, verified: false } }))).toEqual([
      `${tag} Ancoats Bakery`,
      `${tag} Gorton 100% Skills_Hub`,
    ]);
    expect(names(await list({ filter: { search: tag, verified: true } }))).toEqual([`${tag} Hulme Code Club`]);
    expect(names(await list({ filter: { search: tag, kinds: ['EMPLOYER'] } }))).toEqual([`${tag} Ancoats Bakery`]);
    expect(names(await list({ filter: { search: `${tag} gorton 100%` } }))).toEqual([`${tag} Gorton 100% Skills_Hub`]);
    expect(names(await list({ filter: { search: `${tag} %` } }))).toEqual([]);
  });

  it('is for brokers and admins only: others are refused, anonymous callers are asked to sign in', async () => {
    expect((await list({ filter: { search: tag } }, actors.admin.token)).data!.organisations.totalCount).toBe(3);
    for (const actor of [actors.employer, actors.provider, actors.analyst, actors.resident]) {
      const refused = await list({}, actor.token);
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data ?? null).toBeNull();
    }
    expect(codes(await api.gql(ORGANISATIONS, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('names every bad argument: first out of range, a forged cursor, an unknown kind, an over-long search', async () => {
    const bad = await list({ first: 0, after: 'not-a-cursor', filter: { search: 'x'.repeat(201) } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(bad)).toEqual(expect.arrayContaining(['filter.search']));
    const paging = await list({ first: 0, after: 'not-a-cursor' });
    expect(fieldPaths(paging)).toEqual(['after', 'first']);
    const forged = Buffer.from(JSON.stringify(['k', 0.5, '2026-01-01 00:00:00+00', actors.broker.userId])).toString(
      'base64url',
    );
    const odd = await list({ after: forged, filter: { search: tag } });
    expect(odd.errors).toBeUndefined();
    expect(codes(await list({ filter: { kinds: ['SHOP'] } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('audits a verification once, naming the broker; people are hidden from anyone outside the organisation', async () => {
    const verify = `mutation ($id: ID!) { verifyOrganisation(id: $id) { id verified verifiedAt } }`;
    const first = await api.gql<{ verifyOrganisation: { verified: boolean } }>(
      verify,
      { id: oldest },
      actors.broker.token,
    );
    expect(first.data!.verifyOrganisation.verified).toBe(true);
    await api.gql(verify, { id: oldest }, actors.admin.token);
    const entries: { actor_id: string; actor_role: string; action: string }[] = await api.app
      .get(DataSource)
      .query(`SELECT actor_id, actor_role, action FROM audit_entries WHERE subject_id = $1`, [oldest]);
    expect(entries).toEqual([
      { actor_id: actors.broker.userId, actor_role: 'BROKER', action: 'ORGANISATION_VERIFIED' },
    ]);
    const asPublic = await api.gql<{ organisation: { name: string; people: unknown } }>(
      `query ($id: ID!) { organisation(id: $id) { name people { email } } }`,
      { id: oldest },
    );
    expect(asPublic.data!.organisation).toEqual({ name: `${tag} Ancoats Bakery`, people: null });
  });
});

describe('realLivingWageHourlyPence (e2e)', () => {
  it('gives anyone the rate in force today, in pence an hour, as paysRealLivingWage compares with', async () => {
    const api = await startApi();
    try {
      const rate = await api.gql<{ realLivingWageHourlyPence: number | null }>('{ realLivingWageHourlyPence }');
      expect(rate.errors).toBeUndefined();
      const [{ hourly_pence }]: { hourly_pence: number }[] = await api.app
        .get(DataSource)
        .query(
          `SELECT hourly_pence FROM real_living_wage_rates WHERE effective_from <= $1::date ORDER BY effective_from DESC LIMIT 1`,
          [londonToday()],
        );
      expect(rate.data!.realLivingWageHourlyPence).toBe(hourly_pence);
      expect(hourly_pence).toBeGreaterThan(1000);
    } finally {
      await api.close();
    }
  });
});

describe('vacancyApplications (e2e): each application with its fit, blind as the candidate list', () => {
  let api: TestApp;
  let actors: Actors;
  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
  });
  afterAll(() => api.close());

  it('scores the applicant against the vacancy with each skill, levels shown up to the one required', async () => {
    const [sql, python] = await skillIds(api, 'SQL', 'Python (computer programming)');
    const vacancyId = await openVacancy(api, actors.employer, sql, {
      requirements: [
        { skillId: sql, level: SkillLevel.WORKING, essential: true },
        { skillId: python, level: SkillLevel.PRACTITIONER, essential: false },
      ],
    });
    const amina = await newResident(api, 'Amina Khan');
    await api.gql(
      `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`,
      {
        s: [
          { skillId: sql, level: 'EXPERT' },
          { skillId: python, level: 'WORKING' },
        ],
      },
      amina.token,
    );
    await api.gql(`mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`, { v: vacancyId }, amina.token);
    const res = await api.gql<{
      vacancyApplications: { edges: { node: { candidate: { displayName: string | null }; fit: unknown } }[] };
    }>(
      `query ($v: ID!) { vacancyApplications(vacancyId: $v) { edges { node {
         candidate { displayName }
         fit { score fullyQualified skills { skill { id } essential requiredLevel residentLevel met } } } } } }`,
      { v: vacancyId },
      actors.employer.token,
    );
    expect(res.errors).toBeUndefined();
    const [{ node }] = res.data!.vacancyApplications.edges;
    expect(node.candidate.displayName).toBeNull();
    // SQL met in full (credit 1, weight 2); Python 2 of 3 (weight 1): (2 + 2/3) / 3 = 0.8889.
    expect(node.fit).toEqual({
      score: 0.8889,
      fullyQualified: true,
      skills: [
        { skill: { id: sql }, essential: true, requiredLevel: 'WORKING', residentLevel: 'WORKING', met: true },
        {
          skill: { id: python },
          essential: false,
          requiredLevel: 'PRACTITIONER',
          residentLevel: 'WORKING',
          met: false,
        },
      ],
    });
    const candidates = await api.gql<{ vacancyCandidates: { score: number }[] }>(
      `query ($v: ID!) { vacancyCandidates(vacancyId: $v) { score } }`,
      { v: vacancyId },
      actors.employer.token,
    );
    // The same score the candidate list gives, when she shares her profile.
    await api.gql(`mutation { updateMyProfile(input: { shareProfileWithEmployers: true }) { id } }`, {}, amina.token);
    const shared = await api.gql<{ vacancyCandidates: { score: number }[] }>(
      `query ($v: ID!) { vacancyCandidates(vacancyId: $v) { score } }`,
      { v: vacancyId },
      actors.employer.token,
    );
    expect(candidates.data!.vacancyCandidates).toEqual([]);
    expect(shared.data!.vacancyCandidates).toEqual([{ score: 0.8889 }]);
  });
});
