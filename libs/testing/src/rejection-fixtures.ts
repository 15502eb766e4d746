import { DataSource } from 'typeorm';
import { TestApp } from './test-app';
import { TestActor } from './actors';
import { manyResidents, openVacancy } from './brokerage-fixtures';

/** What happens to one applicant: hired, or rejected for a reason. */
type Fate = 'HIRED' | 'SKILLS' | 'EXPERIENCE' | 'AVAILABILITY';

const group = (gender: string, fates: [Fate, number][]) =>
  fates.flatMap(([fate, n]) => Array.from({ length: n }, () => ({ gender, fate })));

/**
 * The applicants of `flaggedVacancy`: women hired at 12 of 40 (0.3), men at 20 of 30 (0.67), a ratio of 0.45 that
 * the four-fifths rule flags in both views (the protected view's noise of ±2 per count cannot lift it to 0.8). Women
 * were rejected 14 times for skills, 12 for availability, twice for experience; men 10 times for skills. Everyone is
 * White British and not disabled, so only GENDER is flagged.
 */
export const FLAGGED_VACANCY_APPLICANTS = [
  ...group('WOMAN', [
    ['HIRED', 12],
    ['SKILLS', 14],
    ['AVAILABILITY', 12],
    ['EXPERIENCE', 2],
  ]),
  ...group('MAN', [
    ['HIRED', 20],
    ['SKILLS', 10],
  ]),
];

const ADVANCE = `mutation ($id: ID!, $to: ApplicationStatus!, $feedback: ApplicationFeedbackInput) {
  advanceApplication(applicationId: $id, to: $to, feedback: $feedback) { id } }`;

/**
 * An open vacancy of `employer` with FLAGGED_VACANCY_APPLICANTS applied, hired and rejected through the API (the
 * residents and their equality answers are made straight in the database). Returns the vacancy's id.
 */
export async function flaggedVacancy(
  api: TestApp,
  employer: TestActor,
  skillId: string,
  title = 'Rejection Reasons Analyst',
): Promise<string> {
  const vacancyId = await openVacancy(api, employer, skillId, { positions: 40, title });
  const residents = await manyResidents(api, FLAGGED_VACANCY_APPLICANTS.length);
  await api.app.get(DataSource).query(
    `INSERT INTO equality_monitoring (user_id, ethnicity, gender, disability)
     SELECT u, 'WHITE_BRITISH', g::gender, 'NO' FROM unnest($1::uuid[], $2::text[]) AS x(u, g)`,
    [residents.map((r) => r.userId), FLAGGED_VACANCY_APPLICANTS.map((a) => a.gender)],
  );
  const mutate = async (mutation: string, variables: Record<string, unknown>, token: string) => {
    const res = await api.gql<{ applyToVacancy?: { id: string } }>(mutation, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const decide = async (resident: TestActor, fate: Fate) => {
    const { applyToVacancy } = await mutate(
      `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`,
      { v: vacancyId },
      resident.token,
    );
    const id = applyToVacancy!.id;
    if (fate !== 'HIRED') {
      await mutate(ADVANCE, { id, to: 'REJECTED', feedback: { reason: fate } }, employer.token);
      return;
    }
    for (const to of ['SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED']) {
      await mutate(ADVANCE, { id, to }, employer.token);
    }
  };
  // In batches: each applicant's steps in order, applicants side by side.
  for (let i = 0; i < residents.length; i += 10) {
    await Promise.all(
      residents.slice(i, i + 10).map((resident, j) => decide(resident, FLAGGED_VACANCY_APPLICANTS[i + j].fate)),
    );
  }
  return vacancyId;
}
