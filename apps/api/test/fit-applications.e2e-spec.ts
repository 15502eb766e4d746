import { DataSource } from 'typeorm';
import { SkillLevel } from '@app/reference';
import { TestApp } from '@app/testing';
import {
  Actors,
  codes,
  createActors,
  fieldPaths,
  manyResidents,
  newResident,
  openCohort,
  openVacancy,
  skillIds,
  TestActor,
} from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const APPLY = `mutation ($v: ID!, $dc: Boolean!, $adj: String) {
  applyToVacancy(vacancyId: $v, disabilityConfidentInterview: $dc, adjustments: $adj) {
    id status guaranteedInterview disabilityConfidentInterview adjustments } }`;
const ADVANCE = `mutation ($id: ID!, $to: ApplicationStatus!, $feedback: ApplicationFeedbackInput) {
  advanceApplication(applicationId: $id, to: $to, feedback: $feedback) { id status } }`;
const EMPLOYER_VIEW = `query ($v: ID!) { vacancyApplications(vacancyId: $v) { edges { node {
  id status guaranteedInterview disabilityConfidentInterview adjustments } } } }`;
const MY_FEEDBACK = `{ myApplications { edges { node { id status feedback {
  reason message unmetSkills { name } suggestedProgrammes { title } } } } } }`;

type Applied = {
  id: string;
  status: string;
  guaranteedInterview: boolean;
  disabilityConfidentInterview: boolean;
  adjustments: string | null;
};

/** Issue 17: the Disability Confident offer of an interview, and feedback that leads to a course. */
describe('Disability Confident interviews and rejection feedback (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let cyber: string, encryption: string, sql: string;
  let confidentVacancy: string, otherVacancy: string;

  const asResident = async (skills: [string, SkillLevel][]) => {
    const resident = await newResident(api);
    await api.gql(
      `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`,
      { s: skills.map(([skillId, level]) => ({ skillId, level })) },
      resident.token,
    );
    return resident;
  };
  const apply = async (resident: TestActor, vacancyId: string, dc: boolean, adj: string | null = null) => {
    const res = await api.gql<{ applyToVacancy: Applied }>(APPLY, { v: vacancyId, dc, adj }, resident.token);
    expect(res.errors).toBeUndefined();
    return res.data!.applyToVacancy;
  };
  const advance = (id: string, to: string, feedback?: unknown, employer = actors.employer) =>
    api.gql<{ advanceApplication: { status: string } }>(ADVANCE, { id, to, feedback }, employer.token);
  const employerView = async (vacancyId: string, id: string, who: TestActor = actors.employer) => {
    const res = await api.gql<{ vacancyApplications: { edges: { node: Applied }[] } }>(
      EMPLOYER_VIEW,
      { v: vacancyId },
      who.token,
    );
    return res.data!.vacancyApplications.edges.find((e) => e.node.id === id)!.node;
  };

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [cyber, encryption, sql] = await skillIds(api, 'cyber security', 'ICT encryption', 'SQL');
    const dc = await api.gql(
      `mutation { updateMyOrganisation(input: { disabilityConfident: COMMITTED }) { disabilityConfident } }`,
      {},
      actors.employer.token,
    );
    expect(dc.errors).toBeUndefined();
    const requirements = [
      { skillId: cyber, level: SkillLevel.WORKING, essential: true },
      { skillId: sql, level: SkillLevel.WORKING, essential: false },
    ];
    confidentVacancy = await openVacancy(api, actors.employer, cyber, { title: 'Junior SOC Analyst', requirements });
    otherVacancy = await openVacancy(api, actors.otherEmployer, cyber, { title: 'SOC Analyst', requirements });
  });

  afterAll(() => api?.close());

  it('guarantees an interview to an applicant who asked and meets every essential requirement', async () => {
    const resident = await asResident([[cyber, SkillLevel.WORKING]]);
    const adjustments = 'Step-free access, and the questions in writing';
    const applied = await apply(resident, confidentVacancy, true, adjustments);
    expect(applied).toMatchObject({ guaranteedInterview: true, disabilityConfidentInterview: true, adjustments });

    // The employer sees the request, not the adjustments, until it invites the applicant to interview.
    expect(await employerView(confidentVacancy, applied.id)).toEqual({
      ...applied,
      adjustments: null,
    });
    expect(codes(await advance(applied.id, 'REJECTED'))).toEqual(['CONFLICT']);
    expect((await advance(applied.id, 'SHORTLISTED')).data!.advanceApplication.status).toBe('SHORTLISTED');
    const early = await advance(applied.id, 'REJECTED');
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GUARANTEED_INTERVIEW' });
    expect(early.errors![0].message).toMatch(/Disability Confident/);
    await advance(applied.id, 'INTERVIEWING');
    expect((await employerView(confidentVacancy, applied.id)).adjustments).toBe(adjustments);
    expect((await advance(applied.id, 'REJECTED')).data!.advanceApplication.status).toBe('REJECTED');

    // Staff can read the vacancy's applications, but the request was made to the employer alone.
    expect(await employerView(confidentVacancy, applied.id, actors.broker)).toMatchObject({
      guaranteedInterview: false,
      disabilityConfidentInterview: false,
      adjustments: null,
    });
  });

  it('guarantees nothing to one who did not ask, misses an essential, or applies to an employer not in the scheme', async () => {
    const qualified = await asResident([[cyber, SkillLevel.WORKING]]);
    const notAsked = await apply(qualified, confidentVacancy, false);
    expect(notAsked).toMatchObject({ guaranteedInterview: false, disabilityConfidentInterview: false });
    expect((await advance(notAsked.id, 'REJECTED')).data!.advanceApplication.status).toBe('REJECTED');

    const missing = await asResident([
      [sql, SkillLevel.WORKING],
      [cyber, SkillLevel.AWARENESS],
    ]);
    const short = await apply(missing, confidentVacancy, true);
    expect(short).toMatchObject({ guaranteedInterview: false, disabilityConfidentInterview: true });
    expect((await advance(short.id, 'REJECTED')).data!.advanceApplication.status).toBe('REJECTED');

    const elsewhere = await apply(qualified, otherVacancy, true);
    expect(elsewhere).toMatchObject({ guaranteedInterview: false, disabilityConfidentInterview: true });
    const rejected = await advance(elsewhere.id, 'REJECTED', undefined, actors.otherEmployer);
    expect(rejected.data!.advanceApplication.status).toBe('REJECTED');
  });

  it('holds under a race between the move to INTERVIEWING and a rejection, for both kinds of guarantee', async () => {
    const crowd = await manyResidents(api, 40);
    // SHORTLISTED applications, half guaranteed by a course, half by Disability Confident (how each is earned is
    // tested above and in brokerage.e2e-spec.ts).
    const rows: { id: string }[] = await api.app.get(DataSource).query(
      `INSERT INTO applications (vacancy_id, resident_id, status, guaranteed_interview, disability_confident_interview,
                                 disability_confident_guaranteed)
       SELECT $2, u, 'SHORTLISTED', n % 2 = 0, n % 2 = 1, n % 2 = 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, n) RETURNING id`,
      [crowd.map((r) => r.userId), confidentVacancy],
    );
    const answers = await Promise.all(rows.flatMap(({ id }) => [advance(id, 'INTERVIEWING'), advance(id, 'REJECTED')]));
    const outcomes = answers.map((res) =>
      res.errors ? `${String(res.errors[0].extensions?.code)} ${String(res.errors[0].extensions?.reason)}` : 'ok',
    );
    // Every move to INTERVIEWING succeeds; a rejection succeeds only when it came after it.
    expect(outcomes.filter((_, i) => i % 2 === 0)).toEqual(rows.map(() => 'ok'));
    const rejections = outcomes.filter((_, i) => i % 2 === 1);
    expect(rejections.filter((o) => o !== 'ok' && o !== 'CONFLICT GUARANTEED_INTERVIEW')).toEqual([]);
    const broken: { id: string }[] = await api.app.get(DataSource).query(
      `SELECT a.id FROM applications a WHERE a.id = ANY($1::uuid[]) AND a.status = 'REJECTED'
         AND NOT EXISTS (SELECT 1 FROM application_status_changes c WHERE c.application_id = a.id AND c.status = 'INTERVIEWING')`,
      [rows.map((r) => r.id)],
    );
    expect(broken).toEqual([]);
  });

  it('tells a rejected applicant which skill was missing and which course open to them would close it', async () => {
    const skillsVacancy = await openVacancy(api, actors.employer, cyber, {
      title: 'Security Engineer',
      requirements: [
        { skillId: cyber, level: SkillLevel.WORKING, essential: true },
        { skillId: encryption, level: SkillLevel.PRACTITIONER, essential: true },
      ],
    });
    const teaches = (title: string, level: SkillLevel) =>
      openCohort(api, actors.provider, encryption, {
        programme: { title, skillsTaught: [{ skillId: encryption, level }] },
      });
    await teaches('Applied Cryptography', SkillLevel.PRACTITIONER);
    await teaches('Encryption Basics', SkillLevel.WORKING); // below the level asked: closes nothing
    const resident = await asResident([[cyber, SkillLevel.WORKING]]);
    const applied = await apply(resident, skillsVacancy, false);

    // Specific errors, nothing changed.
    expect(fieldPaths(await advance(applied.id, 'SHORTLISTED', { reason: 'OTHER' }))).toEqual(['feedback']);
    expect(
      fieldPaths(await advance(applied.id, 'REJECTED', { reason: 'EXPERIENCE', unmetSkillIds: [encryption] })),
    ).toEqual(['feedback.unmetSkillIds']);
    expect(fieldPaths(await advance(applied.id, 'REJECTED', { reason: 'SKILLS', unmetSkillIds: [sql] }))).toEqual([
      'feedback.unmetSkillIds.0',
    ]);
    expect(codes(await advance(applied.id, 'REJECTED', { reason: 'WHIM' }))).toEqual(['BAD_USER_INPUT']);
    expect(
      fieldPaths(
        await advance(applied.id, 'REJECTED', { reason: 'SKILLS', message: 'x'.repeat(5001), unmetSkillIds: ['nope'] }),
      ),
    ).toEqual(['feedback.message', 'feedback.unmetSkillIds']);
    const tooLong = await api.gql(APPLY, { v: confidentVacancy, dc: false, adj: 'x'.repeat(5001) }, resident.token);
    expect(fieldPaths(tooLong)).toEqual(['adjustments']);
    const unchanged = await api.gql<{ myApplications: { edges: { node: { status: string; feedback: unknown } }[] } }>(
      MY_FEEDBACK,
      {},
      resident.token,
    );
    expect(unchanged.data!.myApplications.edges[0].node).toMatchObject({ status: 'APPLIED', feedback: null });

    const rejected = await advance(applied.id, 'REJECTED', {
      reason: 'SKILLS',
      message: '  You would need stronger encryption skills for this role.  ',
      unmetSkillIds: [encryption],
    });
    expect(rejected.errors).toBeUndefined();
    const mine = await api.gql<{ myApplications: { edges: { node: { feedback: unknown } }[] } }>(
      MY_FEEDBACK,
      {},
      resident.token,
    );
    expect(mine.data!.myApplications.edges[0].node.feedback).toEqual({
      reason: 'SKILLS',
      message: 'You would need stronger encryption skills for this role.',
      unmetSkills: [{ name: 'ICT encryption' }],
      suggestedProgrammes: [{ title: 'Applied Cryptography' }],
    });

    // The employer reads its own feedback, never the courses (they follow from the resident's eligibility).
    const theirs = await api.gql<{ vacancyApplications: { edges: { node: { feedback: unknown } }[] } }>(
      `query ($v: ID!) { vacancyApplications(vacancyId: $v) { edges { node { feedback {
         reason unmetSkills { name } suggestedProgrammes { title } } } } } }`,
      { v: skillsVacancy },
      actors.employer.token,
    );
    expect(theirs.data!.vacancyApplications.edges[0].node.feedback).toEqual({
      reason: 'SKILLS',
      unmetSkills: [{ name: 'ICT encryption' }],
      suggestedProgrammes: [],
    });
  });
});
