import { DataSource } from 'typeorm';
import { CohortService, ProgrammeService } from '@app/catalogue';
import { IdentityService, TokenService, UserEntity } from '@app/identity';
import { ResidentService } from '@app/residents';
import { TestApp } from '@app/testing';
import { VacancyService } from '@app/vacancies';
import { startApi } from '../../platform/test/test-platform';
import { seed } from '../../../scripts/seed-demo';
import { DEMO_RESIDENTS, DEMO_VACANCIES } from '../../../scripts/demo/demo-catalogue.data';

describe('demo catalogue (npm run seed:demo)', () => {
  let api: TestApp;
  const runSeed = () =>
    seed(
      api.app.get(DataSource),
      api.app.get(IdentityService),
      api.app.get(ProgrammeService),
      api.app.get(CohortService),
      api.app.get(VacancyService),
      api.app.get(ResidentService),
    );

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('loads once, and a second run adds nothing', async () => {
    const first = await runSeed();
    expect(first.created.organisations).toBeGreaterThanOrEqual(10);
    expect(first.created.vacancies).toBeGreaterThanOrEqual(35);
    const second = await runSeed();
    expect(second.created).toEqual({ organisations: 0, programmes: 0, cohorts: 0, vacancies: 0, residents: 0 });
    expect(second.totals).toEqual(first.totals);
  });

  it('gives every demo resident a profile and skills, so they see job matches', async () => {
    await runSeed();
    let residentsWithMatches = 0;
    for (const demo of DEMO_RESIDENTS) {
      const user = await api.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email: demo.email });
      const token = api.app.get(TokenService).issue(user.id).accessToken;
      const answer = await api.gql<{
        myProfile: { skills: unknown[]; dateOfBirth: string | null };
        myVacancyMatches: unknown[];
      }>('{ myProfile { skills { level } dateOfBirth } myVacancyMatches(first: 5) { score } }', {}, token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.myProfile.skills.length).toBe(demo.skills.length);
      expect(answer.data!.myProfile.dateOfBirth).toBe(demo.profile.dateOfBirth);
      if (answer.data!.myVacancyMatches.length > 0) residentsWithMatches += 1;
    }
    expect(residentsWithMatches).toBe(DEMO_RESIDENTS.length);
  });

  it('shows the open vacancies and the TechEquity-like bootcamp through the public API', async () => {
    const vacancies = await api.gql<{ vacancies: { totalCount: number } }>(`{ vacancies(first: 1) { totalCount } }`);
    expect(vacancies.data!.vacancies.totalCount).toBe(DEMO_VACANCIES.filter((v) => v.open).length);
    const bootcamps = await api.gql<{
      programmes: {
        edges: {
          node: {
            guaranteedInterview: boolean;
            eligibility: { targetGroups: string[] };
            cohorts: { edges: { node: { capacity: number; status: string } }[] };
          };
        }[];
      };
    }>(`{ programmes(filter: { kinds: [BOOTCAMP], search: "cyber security" }, first: 5) {
          edges { node { guaranteedInterview eligibility { targetGroups } cohorts { edges { node { capacity status } } } } } } }`);
    const bootcamp = bootcamps.data!.programmes.edges[0].node;
    expect(bootcamp.guaranteedInterview).toBe(true);
    expect(bootcamp.eligibility.targetGroups).toEqual(expect.arrayContaining(['WOMEN', 'TRANS_AND_NON_BINARY']));
    expect(bootcamp.cohorts.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([{ capacity: 36, status: 'OPEN' }]),
    );
  });
});
