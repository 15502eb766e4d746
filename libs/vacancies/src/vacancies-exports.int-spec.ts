import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { employerOfVacancy } from './vacancy-owners.repository';
import { fillPosition } from './vacancy-positions.repository';

/** What vacancies exports to hiring (brokerage) and metrics, against real PostgreSQL (the medium test tier). */
describe('vacancies exports (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let employerId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], 6)).initialize();
    [{ id: employerId }] = await dataSource.query(
      `INSERT INTO organisations (kind, name, verified) VALUES ('EMPLOYER', 'Positions Employer', true) RETURNING id`,
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const vacancy = async (positions: number) =>
    (
      await dataSource.query(
        `INSERT INTO vacancies (employer_id, title, description, salary_min_pence, salary_max_pence, hours_per_week,
                                contract, workplace, positions, closes_on, status)
         VALUES ($1, 'Junior developer', 'x', 2600000, 3000000, 37.5, 'PERMANENT', 'REMOTE', $2, '2099-01-01', 'OPEN')
         RETURNING id`,
        [employerId, positions],
      )
    )[0].id as string;
  const state = async (id: string) =>
    (await dataSource.query(`SELECT positions_filled AS filled, status FROM vacancies WHERE id = $1`, [id]))[0];

  it('fills positions one by one, marks the vacancy FILLED with the last, then refuses', async () => {
    const id = await vacancy(2);
    expect(await fillPosition(dataSource.manager, id)).toEqual({ lastPosition: false });
    expect(await state(id)).toEqual({ filled: 1, status: 'OPEN' });
    expect(await fillPosition(dataSource.manager, id)).toEqual({ lastPosition: true });
    expect(await state(id)).toEqual({ filled: 2, status: 'FILLED' });
    expect(await fillPosition(dataSource.manager, id)).toBeNull();
    expect(await state(id)).toEqual({ filled: 2, status: 'FILLED' });
  });

  it('never fills more positions than there are, however many hires happen at once', async () => {
    const id = await vacancy(3);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => dataSource.transaction((manager) => fillPosition(manager, id))),
    );
    expect(results.filter((result) => result !== null)).toHaveLength(3);
    expect(results.filter((result) => result?.lastPosition)).toHaveLength(1);
    expect(await state(id)).toEqual({ filled: 3, status: 'FILLED' });
  });

  it('employerOfVacancy names the employer, or null for no such vacancy', async () => {
    const id = await vacancy(1);
    expect(await employerOfVacancy(dataSource.manager, id)).toBe(employerId);
    expect(await employerOfVacancy(dataSource.manager, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
