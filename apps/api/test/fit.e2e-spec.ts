import { addDays, londonToday } from '@app/reference';
import { TestApp } from '@app/testing';
import { Workplace } from '@app/vacancies';
import { Actors, codes, createActors, newResident, openVacancy, skillIds } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const VACANCY_MATCHES = `query ($filter: MatchFilter) { myVacancyMatches(filter: $filter) {
  vacancy { title } score fits { kind met text } } }`;
const PROGRAMME_MATCHES = `query ($filter: MatchFilter) { myProgrammeMatches(filter: $filter) {
  programme { title lendsDevices providesData } nextCohort { deliveryTimes } fits { kind met text } } }`;

type Note = { kind: string; met: boolean; text: string };
type VacancyMatches = { myVacancyMatches: { vacancy: { title: string }; score: number; fits: Note[] }[] };
type ProgrammeMatches = {
  myProgrammeMatches: {
    programme: { title: string; lendsDevices: boolean; providesData: boolean };
    nextCohort: { deliveryTimes: string[] };
    fits: Note[];
  }[];
};

/** Issue 17: matching that fits a person's life (docs/matching.md "Interests", "Time", "Digital access"). */
describe('matching that fits a life (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let cyber: string, encryption: string, hacking: string, sql: string, mysql: string;

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [cyber, encryption, hacking, sql, mysql] = await skillIds(
      api,
      'cyber security',
      'ICT encryption',
      'ethical hacking principles',
      'SQL',
      'MySQL',
    );
    const job = (title: string, skillId: string, hoursPerWeek: number, closesIn: number) =>
      openVacancy(api, actors.employer, skillId, {
        title,
        hoursPerWeek,
        workplace: Workplace.REMOTE,
        closesOn: addDays(londonToday(), closesIn),
      });
    // Equal scores (each asks for one skill the resident holds at the level required); the data jobs close first.
    await job('Junior Data Analyst', sql, 16, 5);
    await job('Marketing Data Assistant', sql, 37.5, 6);
    await job('Junior SOC Analyst', cyber, 16, 20);
    await job('Security Engineer', cyber, 37.5, 21);

    const course = async (title: string, skillId: string, input: string, deliveryTimes: string[], startsIn: number) => {
      const created = await api.gql<{ createProgramme: { id: string } }>(
        `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
        {
          input: {
            kind: 'BOOTCAMP',
            title,
            summary: 'A course.',
            skillsTaught: [{ skillId, level: 'WORKING' }],
            durationWeeks: 12,
            fullyFunded: true,
            eligibility: { residency: 'ANY' },
            ...JSON.parse(input),
          },
        },
        actors.provider.token,
      );
      const id = created.data!.createProgramme.id;
      await api.gql(`mutation ($id: ID!) { publishProgramme(id: $id) { id } }`, { id }, actors.provider.token);
      const start = addDays(londonToday(), startsIn);
      const cohort = await api.gql(
        `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id deliveryTimes } }`,
        {
          input: {
            programmeId: id,
            startDate: start,
            endDate: addDays(start, 84),
            applicationsCloseOn: addDays(start, -5),
            capacity: 20,
            deliveryTimes,
          },
        },
        actors.provider.token,
      );
      expect(cohort.errors).toBeUndefined();
    };
    // All three gain the resident one skill and open nothing: equal on every count, the data course starts first.
    await course('Database Foundations', mysql, '{"hoursPerWeek": 10, "delivery": "ONLINE"}', ['SCHOOL_HOURS'], 15);
    await course(
      'Security Essentials Online',
      encryption,
      '{"hoursPerWeek": 15, "delivery": "ONLINE", "lendsDevices": true, "providesData": true}',
      ['SCHOOL_HOURS'],
      20,
    );
    await course(
      'Evening Ethical Hacking',
      hacking,
      '{"hoursPerWeek": 20, "delivery": "HYBRID"}',
      ['EVENINGS', 'WEEKENDS'],
      25,
    );
  });

  afterAll(() => api?.close());

  /** "cyber security, 16 hours a week, school hours, no laptop". */
  async function cyberResident() {
    const resident = await newResident(api);
    const profile = await api.gql<{ updateMyProfile: Record<string, unknown> }>(
      `mutation { updateMyProfile(input: { interests: ["Cyber security"], hoursAvailablePerWeek: 16,
          availableTimes: [SCHOOL_HOURS], hasDevice: false, hasHomeInternet: true }) {
          interests availableTimes hoursAvailablePerWeek digitalAccess { hasDevice hasHomeInternet } } }`,
      {},
      resident.token,
    );
    expect(profile.data!.updateMyProfile).toEqual({
      interests: ['Cyber security'],
      availableTimes: ['SCHOOL_HOURS'],
      hoursAvailablePerWeek: 16,
      digitalAccess: { hasDevice: false, hasHomeInternet: true },
    });
    await api.gql(
      `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`,
      {
        s: [
          { skillId: cyber, level: 'WORKING' },
          { skillId: sql, level: 'WORKING' },
        ],
      },
      resident.token,
    );
    return resident;
  }

  it('shows a cyber security resident, in order and explained, what fits, what nearly fits and why', async () => {
    const resident = await cyberResident();
    const jobs = await api.gql<VacancyMatches>(VACANCY_MATCHES, {}, resident.token);
    expect(jobs.errors).toBeUndefined();
    // Equal scores: their interest first (then the usual tie-breaks), whatever closes first; the score is MATCHING.md's.
    expect(jobs.data!.myVacancyMatches.map((m) => [m.vacancy.title, m.score, m.fits])).toEqual([
      [
        'Junior SOC Analyst',
        1,
        [
          { kind: 'INTERESTS', met: true, text: 'In cyber security, which you said interests you' },
          { kind: 'HOURS', met: true, text: 'Fits your 16 hours a week (this job is 16 hours a week)' },
        ],
      ],
      [
        'Security Engineer',
        1,
        [
          { kind: 'INTERESTS', met: true, text: 'In cyber security, which you said interests you' },
          { kind: 'HOURS', met: false, text: 'This job is 37.5 hours a week: more than the 16 hours you have' },
        ],
      ],
      [
        'Junior Data Analyst',
        1,
        [
          { kind: 'INTERESTS', met: false, text: 'Not in the areas you said interest you' },
          { kind: 'HOURS', met: true, text: 'Fits your 16 hours a week (this job is 16 hours a week)' },
        ],
      ],
      [
        'Marketing Data Assistant',
        1,
        [
          { kind: 'INTERESTS', met: false, text: 'Not in the areas you said interest you' },
          { kind: 'HOURS', met: false, text: 'This job is 37.5 hours a week: more than the 16 hours you have' },
        ],
      ],
    ]);

    const courses = await api.gql<ProgrammeMatches>(PROGRAMME_MATCHES, {}, resident.token);
    expect(courses.errors).toBeUndefined();
    // A course they cannot attend is not hidden: it says what does not fit.
    expect(courses.data!.myProgrammeMatches.map((m) => [m.programme.title, m.fits])).toEqual([
      [
        'Security Essentials Online',
        [
          { kind: 'INTERESTS', met: true, text: 'In cyber security, which you said interests you' },
          { kind: 'HOURS', met: true, text: 'Fits your 16 hours a week (this course is 15 hours a week)' },
          { kind: 'TIMES', met: true, text: 'Runs in school hours, when you said you are free' },
          { kind: 'DEVICE', met: true, text: 'You would need a laptop: this provider lends one' },
        ],
      ],
      [
        'Evening Ethical Hacking',
        [
          { kind: 'INTERESTS', met: true, text: 'In cyber security, which you said interests you' },
          { kind: 'HOURS', met: false, text: 'This course is 20 hours a week: more than the 16 hours you have' },
          {
            kind: 'TIMES',
            met: false,
            text: 'Runs in the evenings and at weekends: you said you are free in school hours',
          },
          {
            kind: 'DEVICE',
            met: false,
            text: 'You would need a laptop or tablet for the online parts of this course: this provider does not lend them',
          },
        ],
      ],
      [
        'Database Foundations',
        [
          { kind: 'INTERESTS', met: false, text: 'Not in the areas you said interest you' },
          { kind: 'HOURS', met: true, text: 'Fits your 16 hours a week (this course is 10 hours a week)' },
          { kind: 'TIMES', met: true, text: 'Runs in school hours, when you said you are free' },
          {
            kind: 'DEVICE',
            met: false,
            text: 'You would need a laptop or tablet for this online course: this provider does not lend them',
          },
        ],
      ],
    ]);
  });

  it('filters to the resident’s interests, jobs and courses alike', async () => {
    const resident = await cyberResident();
    const jobs = await api.gql<VacancyMatches>(VACANCY_MATCHES, { filter: { interestsOnly: true } }, resident.token);
    expect(jobs.data!.myVacancyMatches.map((m) => m.vacancy.title)).toEqual([
      'Junior SOC Analyst',
      'Security Engineer',
    ]);
    const courses = await api.gql<ProgrammeMatches>(
      PROGRAMME_MATCHES,
      { filter: { interestsOnly: true } },
      resident.token,
    );
    expect(courses.data!.myProgrammeMatches.map((m) => m.programme.title)).toEqual([
      'Security Essentials Online',
      'Evening Ethical Hacking',
    ]);
  });

  it('without interests or circumstances keeps MATCHING.md’s order and explains nothing it does not know', async () => {
    const resident = await newResident(api);
    await api.gql(
      `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`,
      {
        s: [
          { skillId: cyber, level: 'WORKING' },
          { skillId: sql, level: 'WORKING' },
        ],
      },
      resident.token,
    );
    const jobs = await api.gql<VacancyMatches>(VACANCY_MATCHES, {}, resident.token);
    // Equal scores, all remote: closing date decides.
    expect(jobs.data!.myVacancyMatches.map((m) => [m.vacancy.title, m.fits])).toEqual([
      ['Junior Data Analyst', []],
      ['Marketing Data Assistant', []],
      ['Junior SOC Analyst', []],
      ['Security Engineer', []],
    ]);
    const courses = await api.gql<ProgrammeMatches>(PROGRAMME_MATCHES, {}, resident.token);
    expect(courses.data!.myProgrammeMatches.map((m) => m.programme.title)).toEqual([
      'Database Foundations',
      'Security Essentials Online',
      'Evening Ethical Hacking',
    ]);
  });

  it('refuses unknown interests and repeated times, naming each field, and changes nothing', async () => {
    const resident = await cyberResident();
    const res = await api.gql(
      `mutation { updateMyProfile(input: { interests: ["Knitting"], availableTimes: [EVENINGS, EVENINGS] }) { id } }`,
      {},
      resident.token,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const paths = (res.errors![0].extensions!.fieldErrors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['input.availableTimes', 'input.interests']);
    const after = await api.gql<{ myProfile: { interests: string[]; availableTimes: string[] } }>(
      `{ myProfile { interests availableTimes } }`,
      {},
      resident.token,
    );
    expect(after.data!.myProfile).toEqual({ interests: ['Cyber security'], availableTimes: ['SCHOOL_HOURS'] });
  });

  it('explains one job or course on its own page, whether or not it is a match', async () => {
    const resident = await cyberResident();
    const { data: jobs } = await api.gql<{ vacancies: { edges: { node: { id: string; title: string } }[] } }>(
      `{ vacancies(first: 20) { edges { node { id title } } } }`,
    );
    const engineer = jobs!.vacancies.edges.find((e) => e.node.title === 'Security Engineer')!.node.id;
    const job = await api.gql<{ myVacancyFits: Note[] }>(
      `query ($id: ID!) { myVacancyFits(vacancyId: $id) { kind met text } }`,
      { id: engineer },
      resident.token,
    );
    expect(job.data!.myVacancyFits.map((n) => [n.kind, n.met])).toEqual([
      ['INTERESTS', true],
      ['HOURS', false],
    ]);
    const { data: courses } = await api.gql<{ programmes: { edges: { node: { id: string; title: string } }[] } }>(
      `{ programmes(first: 20) { edges { node { id title } } } }`,
    );
    const evening = courses!.programmes.edges.find((e) => e.node.title === 'Evening Ethical Hacking')!.node.id;
    const course = await api.gql<{ myProgrammeFits: Note[] }>(
      `query ($id: ID!) { myProgrammeFits(programmeId: $id) { kind met text } }`,
      { id: evening },
      resident.token,
    );
    expect(course.data!.myProgrammeFits.map((n) => [n.kind, n.met])).toEqual([
      ['INTERESTS', true],
      ['HOURS', false],
      ['TIMES', false],
      ['DEVICE', false],
    ]);
    const unknown = await api.gql(
      `query ($id: ID!) { myProgrammeFits(programmeId: $id) { kind } }`,
      { id: '0b0e2f3c-0000-4000-8000-000000000000' },
      resident.token,
    );
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const employer = await api.gql(
      `query ($id: ID!) { myVacancyFits(vacancyId: $id) { kind } }`,
      { id: engineer },
      actors.employer.token,
    );
    expect(codes(employer)).toEqual(['FORBIDDEN']);
  });
});
