import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import { Actors, codes, createActors, fieldPaths, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const PROGRAMME_FIELDS = `id kind title summary published tLevelCode guaranteedInterview fullyFunded costPence durationWeeks hoursPerWeek
  delivery qualifications provider { id name } ward { code } eligibility { minAge maxAge employmentStatuses residency targetGroups minQualificationLevel }
  skillsTaught { skill { name } level } prerequisites { skill { name } level essential }`;
const CREATE = `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateProgrammeInput!) { updateProgramme(id: $id, input: $input) { ${PROGRAMME_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishProgramme(id: $id) { id published } }`;
const PROGRAMME = `query ($id: ID!) { programme(id: $id) { id title published } }`;
const PROGRAMMES = `query ($filter: ProgrammeFilter, $first: Int, $after: String) {
  programmes(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id title kind } } } }`;
const MY_PROGRAMMES = `{ myProgrammes(first: 50) { totalCount edges { node { id published } } } }`;
const CREATE_COHORT = `mutation ($input: CreateCohortInput!) {
  createCohort(input: $input) { id startDate endDate applicationsCloseOn capacity placesTaken placesRemaining status programme { id } } }`;
const CANCEL_COHORT = `mutation ($id: ID!) { cancelCohort(id: $id) { id status } }`;
const COHORT = `query ($id: ID!) { cohort(id: $id) { id status } }`;

type ProgrammeResult = { createProgramme: Record<string, unknown> & { id: string } };

describe('programmes and cohorts (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let python: string, javascript: string, sql: string;

  const today = londonToday();
  const validInput = (overrides: Record<string, unknown> = {}) => ({
    kind: 'BOOTCAMP',
    title: 'Software Development Bootcamp',
    summary: 'Sixteen weeks of Python, JavaScript and SQL with a Manchester employer project.',
    skillsTaught: [
      { skillId: python, level: 'PRACTITIONER' },
      { skillId: javascript, level: 'WORKING' },
    ],
    prerequisites: [{ skillId: sql, level: 'AWARENESS', essential: false }],
    qualifications: ['Level 3 Certificate in Software Development'],
    durationWeeks: 16,
    hoursPerWeek: 30,
    delivery: 'HYBRID',
    wardCode: 'E05011361',
    fullyFunded: true,
    eligibility: { minAge: 19, residency: 'GREATER_MANCHESTER', targetGroups: ['WOMEN', 'TRANS_AND_NON_BINARY'] },
    guaranteedInterview: true,
    ...overrides,
  });
  const create = async (token: string, overrides: Record<string, unknown> = {}) => {
    const res = await api.gql<ProgrammeResult>(CREATE, { input: validInput(overrides) }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createProgramme;
  };
  const publish = (token: string, id: string) => api.gql(PUBLISH, { id }, token);
  const programmeCount = async () =>
    Number((await api.app.get(DataSource).query('SELECT count(*) AS n FROM programmes'))[0].n);

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [python, javascript, sql] = await skillIds(api, 'Python (computer programming)', 'JavaScript', 'SQL');
  });
  afterAll(() => api.close());

  describe('createProgramme', () => {
    it('creates an unpublished draft with everything the provider gave', async () => {
      const programme = await create(actors.provider.token);
      expect(programme).toMatchObject({
        kind: 'BOOTCAMP',
        published: false,
        tLevelCode: null,
        costPence: 0,
        provider: { id: actors.provider.organisationId, name: 'Northern Code School' },
        ward: { code: 'E05011361' },
        eligibility: {
          minAge: 19,
          maxAge: null,
          employmentStatuses: [],
          residency: 'GREATER_MANCHESTER',
          targetGroups: ['WOMEN', 'TRANS_AND_NON_BINARY'],
          minQualificationLevel: null,
        },
        skillsTaught: [
          { skill: { name: 'JavaScript' }, level: 'WORKING' },
          { skill: { name: 'Python (computer programming)' }, level: 'PRACTITIONER' },
        ],
        prerequisites: [{ skill: { name: 'SQL' }, level: 'AWARENESS', essential: false }],
      });
    });

    it('creates a T Level with a digital pathway code', async () => {
      const programme = await create(actors.provider.token, {
        kind: 'T_LEVEL',
        title: 'T Level in Digital Support Services (2024)',
        tLevelCode: '60358324',
        durationWeeks: 80,
        eligibility: { minAge: 16, maxAge: 19, residency: 'ANY' },
      });
      expect(programme.tLevelCode).toBe('60358324');
    });

    it.each([
      ['a title under 3 characters', { title: 'AB' }, ['input.title']],
      ['an empty summary', { summary: '   ' }, ['input.summary']],
      ['no skills taught', { skillsTaught: [] }, ['input.skillsTaught']],
      ['a skill taught twice', { skillsTaught: 'dup' }, ['input.skillsTaught']],
      ['an unknown skill id', { skillsTaught: 'unknown' }, ['input.skillsTaught']],
      ['a malformed skill id', { skillsTaught: 'malformed' }, ['input.skillsTaught', 'input.skillsTaught.0.skillId']],
      ['a prerequisite twice', { prerequisites: 'dup' }, ['input.prerequisites']],
      ['zero weeks', { durationWeeks: 0 }, ['input.durationWeeks']],
      ['261 weeks', { durationWeeks: 261 }, ['input.durationWeeks']],
      ['0 hours a week', { hoursPerWeek: 0 }, ['input.hoursPerWeek']],
      ['61 hours a week', { hoursPerWeek: 61 }, ['input.hoursPerWeek']],
      ['a ward outside Manchester', { wardCode: 'E05000001' }, ['input.wardCode']],
      ['a negative cost', { fullyFunded: false, costPence: -1 }, ['input.costPence']],
      ['a cost on a fully funded course', { fullyFunded: true, costPence: 5000 }, ['input.costPence']],
      ['a minimum age of 13', { eligibility: { minAge: 13, residency: 'ANY' } }, ['input.eligibility.minAge']],
      ['a maximum age of 101', { eligibility: { maxAge: 101, residency: 'ANY' } }, ['input.eligibility.maxAge']],
      [
        'minAge above maxAge',
        { eligibility: { minAge: 30, maxAge: 20, residency: 'ANY' } },
        ['input.eligibility.maxAge'],
      ],
      [
        'a qualification level of 9',
        { eligibility: { minQualificationLevel: 9, residency: 'ANY' } },
        ['input.eligibility.minQualificationLevel'],
      ],
      ['a T Level without a code', { kind: 'T_LEVEL' }, ['input.tLevelCode']],
      ['a T Level with a non-digital code', { kind: 'T_LEVEL', tLevelCode: '60358294' }, ['input.tLevelCode']],
      ['a bootcamp with a T Level code', { tLevelCode: '60358324' }, ['input.tLevelCode']],
    ])('refuses %s, naming the field, and creates nothing', async (_case, overrides, paths) => {
      const input: Record<string, unknown> = validInput(overrides);
      if (input.skillsTaught === 'dup')
        input.skillsTaught = [
          { skillId: python, level: 'WORKING' },
          { skillId: python, level: 'EXPERT' },
        ];
      if (input.skillsTaught === 'unknown')
        input.skillsTaught = [{ skillId: '0b0e2f3c-0000-4000-8000-000000000000', level: 'WORKING' }];
      if (input.skillsTaught === 'malformed') input.skillsTaught = [{ skillId: 'python', level: 'WORKING' }];
      if (input.prerequisites === 'dup') {
        input.prerequisites = [
          { skillId: sql, level: 'WORKING', essential: true },
          { skillId: sql, level: 'EXPERT', essential: false },
        ];
      }
      const before = await programmeCount();
      const res = await api.gql(CREATE, { input }, actors.provider.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(res)).toEqual(paths);
      expect(await programmeCount()).toBe(before);
    });

    it('names every bad field at once', async () => {
      const res = await api.gql(
        CREATE,
        { input: validInput({ title: 'X', durationWeeks: 0, hoursPerWeek: 99, skillsTaught: [] }) },
        actors.provider.token,
      );
      expect(fieldPaths(res)).toEqual([
        'input.durationWeeks',
        'input.hoursPerWeek',
        'input.skillsTaught',
        'input.title',
      ]);
    });

    it('names the unknown skill id in the message', async () => {
      const unknown = '0b0e2f3c-0000-4000-8000-00000000abcd';
      const res = await api.gql(
        CREATE,
        { input: validInput({ skillsTaught: [{ skillId: unknown, level: 'WORKING' }] }) },
        actors.provider.token,
      );
      const fieldErrors = res.errors?.[0]?.extensions?.fieldErrors as { message: string }[];
      expect(fieldErrors[0].message).toContain(unknown);
    });

    it('is for providers only', async () => {
      for (const actor of [actors.employer, actors.resident, actors.broker, actors.analyst]) {
        expect(codes(await api.gql(CREATE, { input: validInput() }, actor.token))).toEqual(['FORBIDDEN']);
      }
      expect(codes(await api.gql(CREATE, { input: validInput() }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('updateProgramme', () => {
    it('changes only what is given, including the skill lists', async () => {
      const { id } = await create(actors.provider.token);
      const res = await api.gql<{ updateProgramme: Record<string, unknown> }>(
        UPDATE,
        { id, input: { title: 'Renamed Bootcamp', skillsTaught: [{ skillId: sql, level: 'EXPERT' }], wardCode: null } },
        actors.provider.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateProgramme).toMatchObject({
        title: 'Renamed Bootcamp',
        summary: validInput().summary,
        ward: null,
        skillsTaught: [{ skill: { name: 'SQL' }, level: 'EXPERT' }],
        prerequisites: [{ skill: { name: 'SQL' } }],
      });
    });

    it('refuses a change that conflicts with what is stored, and changes nothing', async () => {
      const { id } = await create(actors.provider.token);
      const res = await api.gql(
        UPDATE,
        { id, input: { costPence: 1000, title: 'Should Not Stick' } },
        actors.provider.token,
      );
      expect(fieldPaths(res)).toEqual(['input.costPence']);
      const after = await api.gql<{ programme: { title: string } }>(PROGRAMME, { id }, actors.provider.token);
      expect(after.data!.programme.title).toBe(validInput().title);
    });

    it("answers NOT_FOUND for another provider's programme and for an unknown id", async () => {
      const { id } = await create(actors.provider.token);
      expect(codes(await api.gql(UPDATE, { id, input: { title: 'Hijacked' } }, actors.otherProvider.token))).toEqual([
        'NOT_FOUND',
      ]);
      expect(
        codes(await api.gql(UPDATE, { id: 'nope', input: { title: 'Nope nope' } }, actors.provider.token)),
      ).toEqual(['NOT_FOUND']);
      expect(codes(await api.gql(PUBLISH, { id }, actors.otherProvider.token))).toEqual(['NOT_FOUND']);
    });
  });

  describe('publishing and visibility', () => {
    it('an unverified provider can draft but not publish', async () => {
      const { id } = await create(actors.unverifiedProvider.token);
      const res = await publish(actors.unverifiedProvider.token, id);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANISATION_NOT_VERIFIED' });
    });

    it('a draft is seen only by its provider and staff; once published, by everyone', async () => {
      const { id } = await create(actors.provider.token, { title: 'Visibility Test Course' });
      const seenBy = async (token?: string) =>
        (await api.gql<{ programme: { id: string } | null }>(PROGRAMME, { id }, token)).data!.programme?.id ?? null;
      expect(await seenBy()).toBeNull();
      expect(await seenBy(actors.otherProvider.token)).toBeNull();
      expect(await seenBy(actors.resident.token)).toBeNull();
      expect(await seenBy(actors.provider.token)).toBe(id);
      expect(await seenBy(actors.broker.token)).toBe(id);
      expect(await seenBy(actors.admin.token)).toBe(id);

      expect((await publish(actors.provider.token, id)).errors).toBeUndefined();
      expect(await seenBy()).toBe(id);
      const again = await publish(actors.provider.token, id);
      expect(again.errors).toBeUndefined();
    });

    it('myProgrammes lists every programme of the caller’s organisation, drafts included', async () => {
      const draft = await create(actors.otherProvider.token, { title: 'Other Draft' });
      const res = await api.gql<{ myProgrammes: { totalCount: number; edges: { node: { id: string } }[] } }>(
        MY_PROGRAMMES,
        {},
        actors.otherProvider.token,
      );
      expect(res.data!.myProgrammes.edges.map((e) => e.node.id)).toContain(draft.id);
      const mine = await api.gql<{ myProgrammes: { edges: { node: { id: string } }[] } }>(
        MY_PROGRAMMES,
        {},
        actors.provider.token,
      );
      expect(mine.data!.myProgrammes.edges.map((e) => e.node.id)).not.toContain(draft.id);
      expect(codes(await api.gql(MY_PROGRAMMES, {}, actors.employer.token))).toEqual(['FORBIDDEN']);
    });
  });

  describe('public search', () => {
    let cyber: string, tLevel: string, online: string;
    const search = async (filter: Record<string, unknown>, first = 50, after?: string) => {
      const res = await api.gql<{
        programmes: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
          edges: { node: { id: string; title: string } }[];
        };
      }>(PROGRAMMES, { filter, first, after });
      expect(res.errors).toBeUndefined();
      return res.data!.programmes;
    };

    beforeAll(async () => {
      cyber = (
        await create(actors.otherProvider.token, {
          title: 'Cyber Security and Networking Bootcamp',
          summary: 'Linux, networks and cyber security for women returners.',
          skillsTaught: [{ skillId: sql, level: 'WORKING' }],
          delivery: 'IN_PERSON',
          wardCode: 'E05011350',
        })
      ).id;
      tLevel = (
        await create(actors.otherProvider.token, {
          kind: 'T_LEVEL',
          title: 'T Level in Digital Support Services',
          summary: 'Two years of digital support, cyber security and networks.',
          tLevelCode: '60358324',
          fullyFunded: true,
          delivery: 'IN_PERSON',
          wardCode: null,
        })
      ).id;
      online = (
        await create(actors.otherProvider.token, {
          kind: 'SHORT_COURSE',
          title: 'Introduction to Python Online',
          summary: 'A paid evening course in Python.',
          delivery: 'ONLINE',
          fullyFunded: false,
          costPence: 45000,
          wardCode: null,
        })
      ).id;
      const hidden = (
        await create(actors.unverifiedProvider.token, { title: 'Cyber Security From An Unverified Provider' })
      ).id;
      for (const id of [cyber, tLevel, online]) await publish(actors.otherProvider.token, id);
      // published by the database directly: the provider is unverified, so the API would refuse
      await api.app.get(DataSource).query('UPDATE programmes SET published = true WHERE id = $1', [hidden]);
    });

    it('shows only published programmes of verified providers', async () => {
      const titles = (await search({})).edges.map((e) => e.node.title);
      expect(titles).toEqual(
        expect.arrayContaining(['Cyber Security and Networking Bootcamp', 'Introduction to Python Online']),
      );
      expect(titles).not.toContain('Cyber Security From An Unverified Provider');
      expect(titles).not.toContain('Other Draft');
    });

    it('ranks text matches, best first', async () => {
      const page = await search({ search: 'cyber security' });
      expect(
        page.edges
          .map((e) => e.node.id)
          .slice(0, 2)
          .sort(),
      ).toEqual([cyber, tLevel].sort());
      expect(page.edges[0].node.id).toBe(cyber); // in the title, so it ranks above the T Level's summary mention
      expect((await search({ search: 'zebra crossing' })).totalCount).toBe(0);
    });

    it('filters by kind, skill, delivery, funding and ward', async () => {
      const ids = async (filter: Record<string, unknown>) => (await search(filter)).edges.map((e) => e.node.id);
      expect(await ids({ kinds: ['T_LEVEL'] })).toEqual([tLevel]);
      expect(await ids({ delivery: ['ONLINE'] })).toEqual([online]);
      expect(await ids({ fullyFundedOnly: true })).not.toContain(online);
      expect(await ids({ wardCode: 'E05011350' })).toEqual([cyber]);
      expect(await ids({ skillIds: [sql], kinds: ['BOOTCAMP'] })).toEqual([cyber]);
    });

    it('pages with stable cursors: a programme published meanwhile does not shift the next page', async () => {
      const first = await search({}, 2);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const inserted = await create(actors.otherProvider.token, { title: 'Published Between Pages' });
      await publish(actors.otherProvider.token, inserted.id);
      const second = await search({}, 2, first.pageInfo.endCursor);
      expect(second.pageInfo.hasPreviousPage).toBe(true);
      const firstIds = first.edges.map((e) => e.node.id);
      expect(second.edges.map((e) => e.node.id).some((id) => firstIds.includes(id) || id === inserted.id)).toBe(false);
      expect(second.totalCount).toBe(first.totalCount + 1);
    });

    it('refuses a cursor it did not issue and a bad filter value', async () => {
      const res = await api.gql(PROGRAMMES, { first: 10, after: 'eyJub3QiOiJvdXJzIn0' });
      expect(fieldPaths(res)).toEqual(['after']);
      expect(codes(await api.gql(PROGRAMMES, { filter: { wardCode: 'nowhere' } }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await api.gql(PROGRAMMES, { filter: { kinds: ['DEGREE'] } }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('cohorts', () => {
    let programmeId: string;
    const cohortInput = (overrides: Record<string, unknown> = {}) => ({
      programmeId,
      startDate: addDays(today, 30),
      endDate: addDays(today, 142),
      applicationsCloseOn: addDays(today, 23),
      capacity: 36,
      ...overrides,
    });
    const createCohort = async (overrides: Record<string, unknown> = {}) => {
      const res = await api.gql<{ createCohort: Record<string, unknown> & { id: string; status: string } }>(
        CREATE_COHORT,
        { input: cohortInput(overrides) },
        actors.provider.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.createCohort;
    };

    beforeAll(async () => {
      programmeId = (await create(actors.provider.token, { title: 'Cohort Test Bootcamp' })).id;
      await publish(actors.provider.token, programmeId);
    });

    it('creates an OPEN cohort with all its places free', async () => {
      expect(await createCohort()).toMatchObject({
        capacity: 36,
        placesTaken: 0,
        placesRemaining: 36,
        status: 'OPEN',
        programme: { id: programmeId },
      });
    });

    it.each([
      ['PLANNED', { applicationsCloseOn: addDays(today, -1) }],
      [
        'RUNNING',
        { startDate: addDays(today, -10), applicationsCloseOn: addDays(today, -20), endDate: addDays(today, 10) },
      ],
      [
        'FINISHED',
        { startDate: addDays(today, -200), applicationsCloseOn: addDays(today, -210), endDate: addDays(today, -90) },
      ],
    ])('derives status %s from the dates', async (status, overrides) => {
      expect((await createCohort(overrides)).status).toBe(status);
    });

    it('is FULL when no places remain, and CANCELLED once cancelled (only once)', async () => {
      const { id } = await createCohort();
      await api.app.get(DataSource).query('UPDATE cohorts SET places_taken = capacity WHERE id = $1', [id]);
      expect((await api.gql<{ cohort: { status: string } }>(COHORT, { id })).data!.cohort.status).toBe('FULL');
      const cancelled = await api.gql<{ cancelCohort: { status: string } }>(
        CANCEL_COHORT,
        { id },
        actors.provider.token,
      );
      expect(cancelled.data!.cancelCohort.status).toBe('CANCELLED');
      const again = await api.gql(CANCEL_COHORT, { id }, actors.provider.token);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    });

    it.each([
      ['an end on the start date', { endDate: addDays(today, 30) }, ['input.endDate']],
      [
        'applications closing after the start',
        { applicationsCloseOn: addDays(today, 31) },
        ['input.applicationsCloseOn'],
      ],
      ['no places', { capacity: 0 }, ['input.capacity']],
      ['10,001 places', { capacity: 10_001 }, ['input.capacity']],
      ['a malformed programme id', { programmeId: 'x' }, ['input.programmeId']],
    ])('refuses %s', async (_case, overrides, paths) => {
      const res = await api.gql(CREATE_COHORT, { input: cohortInput(overrides) }, actors.provider.token);
      expect(fieldPaths(res)).toEqual(paths);
    });

    it('refuses an impossible date before any resolver runs', async () => {
      const res = await api.gql(
        CREATE_COHORT,
        { input: cohortInput({ startDate: '2026-02-30' }) },
        actors.provider.token,
      );
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    });

    it("answers NOT_FOUND for another provider's programme or cohort", async () => {
      expect(codes(await api.gql(CREATE_COHORT, { input: cohortInput() }, actors.otherProvider.token))).toEqual([
        'NOT_FOUND',
      ]);
      const { id } = await createCohort();
      expect(codes(await api.gql(CANCEL_COHORT, { id }, actors.otherProvider.token))).toEqual(['NOT_FOUND']);
      expect(codes(await api.gql(CANCEL_COHORT, { id }, actors.employer.token))).toEqual(['FORBIDDEN']);
    });

    it('lists a programme’s cohorts earliest first, paged', async () => {
      const res = await api.gql<{
        programme: {
          cohorts: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { startDate: string } }[] };
        };
      }>(
        `query ($id: ID!) { programme(id: $id) { cohorts(first: 2) { totalCount pageInfo { hasNextPage } edges { node { startDate } } } } }`,
        {
          id: programmeId,
        },
      );
      const cohorts = res.data!.programme.cohorts;
      expect(cohorts.totalCount).toBeGreaterThan(2);
      expect(cohorts.pageInfo.hasNextPage).toBe(true);
      const dates = cohorts.edges.map((e) => e.node.startDate);
      expect(dates).toEqual([...dates].sort());
    });

    it('a cohort of a draft programme is hidden from the public', async () => {
      const draft = await create(actors.provider.token, { title: 'Draft With Cohort' });
      const res = await api.gql<{ createCohort: { id: string } }>(
        CREATE_COHORT,
        { input: cohortInput({ programmeId: draft.id }) },
        actors.provider.token,
      );
      const id = res.data!.createCohort.id;
      expect((await api.gql<{ cohort: unknown }>(COHORT, { id })).data!.cohort).toBeNull();
      expect((await api.gql<{ cohort: { id: string } }>(COHORT, { id }, actors.provider.token)).data!.cohort.id).toBe(
        id,
      );
    });
  });
});
