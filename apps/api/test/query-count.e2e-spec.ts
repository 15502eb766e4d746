import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ProgrammeService } from '@app/catalogue';
import { addDays, londonToday, SkillLevel } from '@app/reference';
import { createActors, skillIds, TestApp } from '@app/testing';
import { ContractType, VacancyService, Workplace } from '@app/vacancies';
import { DataSource } from 'typeorm';
import { startApi } from '../../platform/test/test-platform';

const PAGE = `query ($first: Int) {
  vacancies(first: $first) {
    totalCount
    edges { node {
      id title status hourlyRateMinPence paysRealLivingWage
      employer { name ward { name } }
      ward { name }
      requirements { level essential skill { name category } }
      guaranteedInterviewProgrammes { title provider { name } skillsTaught { skill { name } } }
    } }
  }
}`;

describe('SQL queries per page of vacancies (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApi();
    const actors = await createActors(api);
    const skills = await skillIds(api, 'Python (computer programming)', 'JavaScript', 'SQL', 'CSS');
    const programmes = api.app.get(ProgrammeService);
    const programme = await programmes.create(actors.provider, {
      kind: 'BOOTCAMP' as never,
      title: 'Guaranteed Interview Bootcamp',
      summary: 'A bootcamp.',
      skillsTaught: [{ skillId: skills[0], level: SkillLevel.WORKING }],
      durationWeeks: 10,
      hoursPerWeek: 20,
      delivery: 'ONLINE' as never,
      fullyFunded: true,
      eligibility: { residency: 'ANY' as never },
    });
    await programmes.publish(actors.provider, programme.id);
    const vacancies = api.app.get(VacancyService);
    const wards = ['E05011350', 'E05011361', 'E05011370', null];
    for (let i = 0; i < 60; i += 1) {
      const employer = i % 2 ? actors.employer : actors.otherEmployer;
      await vacancies.create(employer, {
        title: `Vacancy ${i}`,
        description: 'A job in Manchester.',
        requirements: skills
          .slice(0, 1 + (i % 4))
          .map((skillId, k) => ({ skillId, level: SkillLevel.WORKING, essential: k % 2 === 0 })),
        salaryMinPence: 2_500_000 + i * 10_000,
        salaryMaxPence: 3_500_000,
        hoursPerWeek: 37.5,
        contract: ContractType.PERMANENT,
        workplace: Workplace.HYBRID,
        wardCode: wards[i % 4],
        positions: 1,
        closesOn: addDays(londonToday(), 30),
        guaranteedInterviewProgrammeIds: i % 3 ? [] : [programme.id],
      });
    }
    await api.app.get(DataSource).query(`UPDATE vacancies SET status = 'OPEN'`);
    await api.app.get(DataSource).query(`UPDATE organisations SET ward_code = 'E05011351'`);
  });
  afterAll(() => api.close());

  const queriesFor = async (first: number) => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const res = await api.gql<{ vacancies: { edges: unknown[] } }>(PAGE, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.vacancies.edges).toHaveLength(first);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  };

  it('a page of 50 vacancies with requirements, skills, employers and programmes costs the same queries as a page of 5', async () => {
    await queriesFor(5); // reference data (wards, today's Real Living Wage) is read once and then kept
    const five = await queriesFor(5);
    const fifty = await queriesFor(50);
    expect(five).toBeGreaterThanOrEqual(5); // the spy sees the queries (list, count, loaders)
    expect(fifty).toBe(five);
    // list + count + one batch per kind of child: a handful, not hundreds
    expect(fifty).toBeLessThanOrEqual(12);
  });
});
