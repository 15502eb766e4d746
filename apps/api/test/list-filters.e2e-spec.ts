import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import { TestApp } from '@app/testing';
import { Actors, codes, createActors, fieldPaths, openCohort, openVacancy, skillIds } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const PROGRAMMES = `query ($filter: ProgrammeFilter) { programmes(filter: $filter, first: 100) {
  edges { node { title } } totalCount } }`;
const VACANCIES = `query ($filter: VacancyFilter) { vacancies(filter: $filter, first: 100) {
  edges { node { title } } totalCount } }`;

/** The filters the find-a-course and find-a-job pages needed: starting soon, salary and hours. */
describe('list filters: startingWithinDays, minSalaryPence, maxHoursPerWeek (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  const today = londonToday();

  const titles = async (query: string, filter: Record<string, unknown>) => {
    const res = await api.gql<Record<string, { edges: { node: { title: string } }[]; totalCount: number }>>(query, {
      filter,
    });
    expect(res.errors).toBeUndefined();
    const [connection] = Object.values(res.data!);
    expect(connection.totalCount).toBe(connection.edges.length);
    return connection.edges.map((edge) => edge.node.title).sort();
  };

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    const [python] = await skillIds(api, 'Python (computer programming)');
    const db = api.app.get(DataSource);
    const course = async (title: string, startInDays: number) =>
      openCohort(api, actors.provider, python, { programme: { title }, startDate: addDays(today, startInDays) });
    await course('Starts in 10 days', 10);
    await course('Starts in 30 days', 30);
    await course('Starts in 31 days', 31);
    const full = await course('Full, starts in 10 days', 10);
    await db.query(`UPDATE cohorts SET places_taken = capacity WHERE id = $1`, [full.cohortId]);
    const cancelled = await course('Cancelled, starts in 10 days', 10);
    await db.query(`UPDATE cohorts SET cancelled_at = now() WHERE id = $1`, [cancelled.cohortId]);
    const closed = await course('Applications closed, starts in 10 days', 10);
    await db.query(`UPDATE cohorts SET applications_close_on = $2 WHERE id = $1`, [
      closed.cohortId,
      addDays(today, -1),
    ]);

    const job = (title: string, salaryMinPence: number, salaryMaxPence: number, hoursPerWeek: number) =>
      openVacancy(api, actors.employer, python, { title, salaryMinPence, salaryMaxPence, hoursPerWeek });
    await job('£20,000 to £25,000, 37.5 hours', 2_000_000, 2_500_000, 37.5);
    await job('£28,000, 20 hours', 2_800_000, 2_800_000, 20);
    await job('£27,999 to £32,000, 40 hours', 2_799_900, 3_200_000, 40);
  }, 120_000);
  afterAll(() => api?.close());

  it('startingWithinDays: courses with a cohort you can apply for now, starting within that many days', async () => {
    // Full, cancelled and closed cohorts are not OPEN, so those courses are not "starting soon" for anyone.
    expect(await titles(PROGRAMMES, { startingWithinDays: 30 })).toEqual(['Starts in 10 days', 'Starts in 30 days']);
    expect(await titles(PROGRAMMES, { startingWithinDays: 9 })).toEqual([]);
    expect((await titles(PROGRAMMES, {})).length).toBe(6);
  });

  it('minSalaryPence: the lowest salary is at least this; maxHoursPerWeek: at most these hours', async () => {
    expect(await titles(VACANCIES, { minSalaryPence: 2_800_000 })).toEqual(['£28,000, 20 hours']);
    expect(await titles(VACANCIES, { maxHoursPerWeek: 37.5 })).toEqual([
      '£20,000 to £25,000, 37.5 hours',
      '£28,000, 20 hours',
    ]);
    expect(await titles(VACANCIES, { minSalaryPence: 2_000_000, maxHoursPerWeek: 37.5 })).toEqual([
      '£20,000 to £25,000, 37.5 hours',
      '£28,000, 20 hours',
    ]);
    expect(await titles(VACANCIES, { minSalaryPence: 2_500_000, maxHoursPerWeek: 30 })).toEqual(['£28,000, 20 hours']);
  });

  it('names every bad filter field', async () => {
    const programmes = await api.gql(PROGRAMMES, { filter: { startingWithinDays: 0 } });
    expect(codes(programmes)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(programmes)).toEqual(['filter.startingWithinDays']);
    const vacancies = await api.gql(VACANCIES, { filter: { minSalaryPence: -1, maxHoursPerWeek: 61 } });
    expect(codes(vacancies)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(vacancies)).toEqual(['filter.maxHoursPerWeek', 'filter.minSalaryPence']);
    for (const maxHoursPerWeek of [37.25, 1e-7, Number.MIN_VALUE]) {
      const odd = await api.gql(VACANCIES, { filter: { maxHoursPerWeek } });
      expect(codes(odd)).toEqual(['BAD_USER_INPUT']);
      expect(new Set(fieldPaths(odd))).toEqual(new Set(['filter.maxHoursPerWeek']));
    }
  });
});
