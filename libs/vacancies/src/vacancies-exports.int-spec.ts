import { DataSource, EntityManager } from 'typeorm';
import { CATALOGUE_ENTITIES } from '@app/catalogue';
import { dataSourceOptions } from '@app/database';
import { IDENTITY_ENTITIES } from '@app/identity';
import { REFERENCE_ENTITIES } from '@app/reference';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { employerOfVacancy, employersOfVacancies, vacancyTitles } from './vacancy-owners.repository';
import { guaranteedInterviewProgrammeIdsOf } from './vacancy-requirements.repository';
import { fillPosition, lockVacancy, shareLockVacancy } from './vacancy-positions.repository';
import { VACANCY_ENTITIES } from './vacancy.entities';

/** What vacancies exports to hiring (brokerage) and metrics, against real PostgreSQL (the medium test tier). */
describe('vacancies exports (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let employerId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions(
        database.url,
        [...REFERENCE_ENTITIES, ...IDENTITY_ENTITIES, ...CATALOGUE_ENTITIES, ...VACANCY_ENTITIES],
        6,
      ),
    ).initialize();
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

  it('employersOfVacancies maps each existing vacancy to its employer', async () => {
    const [first, second] = [await vacancy(1), await vacancy(1)];
    const missing = '00000000-0000-4000-8000-000000000000';
    const employers = await employersOfVacancies(dataSource.manager, [first, second, missing]);
    expect(employers.size).toBe(2);
    expect([employers.get(first), employers.get(second)]).toEqual([employerId, employerId]);
    expect(await employersOfVacancies(dataSource.manager, [])).toEqual(new Map());
  });

  it('guaranteedInterviewProgrammeIdsOf lists the programmes the vacancy guarantees an interview to', async () => {
    const id = await vacancy(1);
    expect(await guaranteedInterviewProgrammeIdsOf(dataSource.manager, id)).toEqual([]);
    const [{ id: programmeId }] = await dataSource.query(
      `WITH provider AS (INSERT INTO organisations (kind, name, verified) VALUES ('PROVIDER', 'Interview Provider', true)
                         RETURNING id)
       INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, fully_funded, published)
       SELECT id, 'BOOTCAMP', 'Interview Bootcamp', 'x', 12, 10, 'ONLINE', true, true FROM provider RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO vacancy_guaranteed_interview_programmes (vacancy_id, programme_id) VALUES ($1, $2)`,
      [id, programmeId],
    );
    expect(await guaranteedInterviewProgrammeIdsOf(dataSource.manager, id)).toEqual([programmeId]);
  });

  it('vacancyTitles names each existing vacancy', async () => {
    const id = await vacancy(1);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect([...(await vacancyTitles(dataSource.manager, [id, missing]))]).toEqual([[id, 'Junior developer']]);
    expect(await vacancyTitles(dataSource.manager, [])).toEqual(new Map());
  });

  /** Whether another transaction could take the vacancy's row lock `mode` now (NOWAIT: refused at once if not). */
  const otherCanLock = (id: string, mode: 'UPDATE' | 'SHARE') =>
    dataSource.transaction(async (other) => {
      try {
        await other.query(`SELECT id FROM vacancies WHERE id = $1 FOR ${mode} NOWAIT`, [id]);
        return true;
      } catch (error) {
        if ((error as { code?: string }).code === '55P03') return false; // lock_not_available
        throw error;
      }
    });
  /** Runs `lock` in a transaction and, while it is open, asks whether others could take each lock. */
  const whileHeld = (lock: (manager: EntityManager) => Promise<unknown>, id: string) =>
    dataSource.transaction(async (manager) => {
      const read = await lock(manager);
      return { read, update: await otherCanLock(id, 'UPDATE'), share: await otherCanLock(id, 'SHARE') };
    });

  it('lockVacancy reads the vacancy and holds its row FOR UPDATE until the transaction ends', async () => {
    const id = await vacancy(2);
    const held = await whileHeld((manager) => lockVacancy(manager, id), id);
    expect(held).toEqual({
      read: expect.objectContaining({ id, employerId, positions: 2 }),
      update: false,
      share: false,
    });
    expect(await otherCanLock(id, 'UPDATE')).toBe(true);
    expect(
      await dataSource.transaction((manager) => lockVacancy(manager, '00000000-0000-4000-8000-000000000000')),
    ).toBeNull();
  });

  it('shareLockVacancy reads the vacancy and holds its row FOR SHARE: others may share it, not update it', async () => {
    const id = await vacancy(2);
    const held = await whileHeld((manager) => shareLockVacancy(manager, id), id);
    expect(held).toEqual({
      read: expect.objectContaining({ id, employerId, positions: 2 }),
      update: false,
      share: true,
    });
    expect(await otherCanLock(id, 'UPDATE')).toBe(true);
    expect(
      await dataSource.transaction((manager) => shareLockVacancy(manager, '00000000-0000-4000-8000-000000000000')),
    ).toBeNull();
  });
});
