import {
  CohortService,
  DeliveryMode,
  EmploymentStatus,
  ProgrammeKind,
  ProgrammeService,
  Residency,
  TargetGroup,
} from '@app/catalogue';
import { IdentityService, TokenService } from '@app/identity';
import { addDays, londonToday, SkillLevel } from '@app/reference';
import { ResidentService } from '@app/residents';
import { TestApp } from '@app/testing';
import { Actors, codes, createActors, GOOD_PASSWORD, skillIds, uniqueEmail } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const HINTS = `query ($filter: MatchFilter) { myProgrammeMatchHints(filter: $filter) { answer additionalCount } }`;
const MATCHES = `{ myProgrammeMatches(first: 100) { programme { title } } }`;
const ANCOATS = 'E05011350';

describe('myProgrammeMatchHints (e2e, counts worked by hand)', () => {
  let api: TestApp;
  let actors: Actors;
  let python: string;
  const today = londonToday();

  /** A published online bootcamp teaching Python at PRACTITIONER, with one open cohort starting in 20 days. */
  const course = async (
    title: string,
    eligibility: Record<string, unknown>,
    overrides: Record<string, unknown> = {},
  ) => {
    const programmes = api.app.get(ProgrammeService);
    const created = await programmes.create(actors.provider, {
      kind: ProgrammeKind.BOOTCAMP,
      title,
      summary: 'A course.',
      skillsTaught: [{ skillId: python, level: SkillLevel.PRACTITIONER }],
      durationWeeks: 12,
      hoursPerWeek: 15,
      delivery: DeliveryMode.ONLINE,
      fullyFunded: true,
      eligibility: { residency: Residency.ANY, ...eligibility },
      ...overrides,
    });
    await programmes.publish(actors.provider, created.id);
    await api.app.get(CohortService).create(actors.provider, {
      programmeId: created.id,
      startDate: addDays(today, 20),
      endDate: addDays(today, 110),
      applicationsCloseOn: addDays(today, 10),
      capacity: 20,
    });
  };
  const resident = async (profile: Record<string, unknown>) => {
    const { user } = await api.app
      .get(IdentityService)
      .registerResident({ email: uniqueEmail('hints'), password: GOOD_PASSWORD, displayName: 'Hint Tester' });
    await api.app.get(ResidentService).updateProfile(user.id, profile);
    await api.app.get(ResidentService).setSelfDeclaredSkills(user.id, [{ skillId: python, level: SkillLevel.WORKING }]);
    return api.app.get(TokenService).issue(user.id).accessToken;
  };
  const hintsFor = async (token: string, filter?: Record<string, unknown>) => {
    const res = await api.gql<{ myProgrammeMatchHints: { answer: string; additionalCount: number }[] }>(
      HINTS,
      { filter },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.myProgrammeMatchHints;
  };
  const matchCount = async (token: string) => {
    const res = await api.gql<{ myProgrammeMatches: unknown[] }>(MATCHES, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data!.myProgrammeMatches.length;
  };

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [python] = await skillIds(api, 'Python (computer programming)');
    await course('Open to all', {});
    await course('Aged 19 to 24', { minAge: 19, maxAge: 24 });
    await course('Aged 19 to 24, again', { minAge: 19, maxAge: 24 });
    await course('Over 50s', { targetGroups: [TargetGroup.AGED_50_PLUS] });
    await course('Women only', { targetGroups: [TargetGroup.WOMEN] });
    await course('For unemployed people', { employmentStatuses: [EmploymentStatus.UNEMPLOYED] });
    await course('Manchester residents', { residency: Residency.MANCHESTER });
    await course('Level 3 and above', { minQualificationLevel: 3 });
    await course('Young and unemployed', { minAge: 19, employmentStatuses: [EmploymentStatus.UNEMPLOYED] });
    await course('Apprenticeship for 19 to 24', { minAge: 19, maxAge: 24 }, { kind: ProgrammeKind.APPRENTICESHIP });
  }, 120_000);
  afterAll(() => api?.close());

  it('says which missing answers hide courses and how many each could show', async () => {
    const token = await resident({});
    // Listed now: Open to all. Date of birth: the three 19–24 courses and Over 50s. Where you live: Manchester
    // residents. Employment: For unemployed people. Qualification: Level 3 and above. Women only is never offered
    // (equality answers are not asked for in exchange for courses); Young and unemployed needs two answers.
    expect(await matchCount(token)).toBe(1);
    expect(await hintsFor(token)).toEqual([
      { answer: 'DATE_OF_BIRTH', additionalCount: 4 },
      { answer: 'EMPLOYMENT_STATUS', additionalCount: 1 },
      { answer: 'HIGHEST_QUALIFICATION_LEVEL', additionalCount: 1 },
      { answer: 'WARD', additionalCount: 1 },
    ]);
    expect(await hintsFor(token, { kinds: ['APPRENTICESHIP'] })).toEqual([
      { answer: 'DATE_OF_BIRTH', additionalCount: 1 },
    ]);
  });

  it('keeps its promise: giving the answer shows that many more courses', async () => {
    const dateOfBirth = `${Number(today.slice(0, 4)) - 21}-01-01`;
    const token = await resident({ dateOfBirth });
    expect(await matchCount(token)).toBe(1 + 4 - 1); // 21: the three 19–24 courses, not Over 50s
    const answered = await resident({
      dateOfBirth,
      employmentStatus: EmploymentStatus.UNEMPLOYED,
      wardCode: ANCOATS,
      livesInGreaterManchester: true,
      highestQualificationLevel: 3,
    });
    expect(await hintsFor(answered)).toEqual([]);
  });

  it('answers the same in one operation with the matches (as the web pages ask) as on its own', async () => {
    // The two root fields share one read of the resident's answers (loaders.residentContext): the answers must not
    // depend on which field read it.
    const token = await resident({ employmentStatus: EmploymentStatus.UNEMPLOYED });
    const both = await api.gql<{
      myProgrammeMatches: { programme: { title: string } }[];
      myProgrammeMatchHints: unknown;
    }>(
      `{ myProgrammeMatches(first: 100) { programme { title } } myProgrammeMatchHints { answer additionalCount } }`,
      {},
      token,
    );
    expect(both.errors).toBeUndefined();
    expect(both.data!.myProgrammeMatches.map((m) => m.programme.title).sort()).toEqual([
      'For unemployed people',
      'Open to all',
    ]);
    expect(both.data!.myProgrammeMatchHints).toEqual(await hintsFor(token));
    expect(both.data!.myProgrammeMatches).toHaveLength(await matchCount(token));
  });

  it('is for residents only', async () => {
    const res = await api.gql(HINTS, {}, actors.employer.token);
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });
});
