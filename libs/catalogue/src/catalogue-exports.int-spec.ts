import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { IDENTITY_ENTITIES } from '@app/identity';
import { REFERENCE_ENTITIES } from '@app/reference';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { CATALOGUE_ENTITIES } from './catalogue.entities';
import { adjustPlaces, freePlace, freePlaces, lockPlaces, takePlace } from './cohort-places.repository';
import {
  cohortsForExport,
  cohortStartDates,
  cohortWithProgramme,
  programmesOfCohorts,
} from './cohort-programmes.repository';
import { providerOfCohort, providerOfProgramme } from './programme-owners.repository';
import { essentialPrerequisitesOf, skillsTaughtBy } from './programme-skills.repository';
import { ProgrammeService } from './programme.service';

/** What catalogue exports to other domains, against real PostgreSQL (the medium test tier). */
describe('catalogue exports (integration)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const ids: Record<string, string> = {};

  const organisation = async (verified: boolean) =>
    (
      await dataSource.query(
        `INSERT INTO organisations (kind, name, verified) VALUES ('PROVIDER', 'Catalogue Provider', $1) RETURNING id`,
        [verified],
      )
    )[0].id as string;
  const programme = async (providerId: string, published: boolean) =>
    (
      await dataSource.query(
        `INSERT INTO programmes (provider_id, kind, title, summary, duration_weeks, hours_per_week, delivery, fully_funded, published)
         VALUES ($1, 'BOOTCAMP', 'Catalogue Bootcamp', 'x', 12, 10, 'ONLINE', true, $2) RETURNING id`,
        [providerId, published],
      )
    )[0].id as string;
  const cohort = async (capacity: number) =>
    (
      await dataSource.query(
        `INSERT INTO cohorts (programme_id, start_date, end_date, applications_close_on, capacity)
         VALUES ($1, '2030-01-07', '2030-03-29', '2030-01-01', $2) RETURNING id`,
        [ids.published, capacity],
      )
    )[0].id as string;
  const placesTaken = async (cohortId: string) =>
    (await dataSource.query(`SELECT places_taken FROM cohorts WHERE id = $1`, [cohortId]))[0].places_taken;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions(database.url, [...REFERENCE_ENTITIES, ...IDENTITY_ENTITIES, ...CATALOGUE_ENTITIES], 6),
    ).initialize();
    const verified = await organisation(true);
    const unverified = await organisation(false);
    Object.assign(ids, {
      published: await programme(verified, true),
      draft: await programme(verified, false),
      unverifiedProvider: await programme(unverified, true),
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('takePlace takes places up to the capacity and then refuses; freePlace gives one back, never below none', async () => {
    const id = await cohort(2);
    expect(await takePlace(dataSource.manager, id)).toBe(true);
    expect(await takePlace(dataSource.manager, id)).toBe(true);
    expect(await takePlace(dataSource.manager, id)).toBe(false);
    expect(await placesTaken(id)).toBe(2);
    await freePlace(dataSource.manager, id);
    expect(await placesTaken(id)).toBe(1);
    await freePlace(dataSource.manager, id);
    await freePlace(dataSource.manager, id);
    expect(await placesTaken(id)).toBe(0);
  });

  it('takePlace never takes more places than the capacity, however many transactions ask at once', async () => {
    const id = await cohort(3);
    const taken = await Promise.all(
      Array.from({ length: 10 }, () => dataSource.transaction((manager) => takePlace(manager, id))),
    );
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(await placesTaken(id)).toBe(3);
  });

  it('takePlace inside a transaction that rolls back takes nothing', async () => {
    const id = await cohort(1);
    await expect(
      dataSource.transaction(async (manager) => {
        expect(await takePlace(manager, id)).toBe(true);
        throw new Error('the enrolment failed after taking the place');
      }),
    ).rejects.toThrow('the enrolment failed');
    expect(await placesTaken(id)).toBe(0);
  });

  it('skillsTaughtBy lists what a programme teaches and to which level', async () => {
    const skills: { id: string }[] = await dataSource.query(`SELECT id FROM skills ORDER BY id LIMIT 2`);
    await dataSource.query(
      `INSERT INTO programme_skills_taught (programme_id, skill_id, level) VALUES ($1, $2, 3), ($1, $3, 1)`,
      [ids.published, skills[0].id, skills[1].id],
    );
    const taught = await skillsTaughtBy(dataSource.manager, ids.published);
    expect(taught.sort((a, b) => a.skillId.localeCompare(b.skillId))).toEqual([
      { skillId: skills[0].id, level: 3 },
      { skillId: skills[1].id, level: 1 },
    ]);
    expect(await skillsTaughtBy(dataSource.manager, ids.draft)).toEqual([]);
  });

  it('publishedIds keeps only programmes published by verified providers', async () => {
    const service = new ProgrammeService(dataSource);
    const missing = '00000000-0000-4000-8000-000000000000';
    const known = await service.publishedIds([ids.published, ids.draft, ids.unverifiedProvider, missing]);
    expect([...known]).toEqual([ids.published]);
    expect(await service.publishedIds([])).toEqual(new Set());
  });

  it('providerOfProgramme and providerOfCohort name the provider, or null for no such record', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const [{ provider_id: provider }] = await dataSource.query(`SELECT provider_id FROM programmes WHERE id = $1`, [
      ids.published,
    ]);
    const cohortId = await cohort(5);
    expect(await providerOfProgramme(dataSource.manager, ids.published)).toBe(provider);
    expect(await providerOfCohort(dataSource.manager, cohortId)).toBe(provider);
    expect(await providerOfProgramme(dataSource.manager, missing)).toBeNull();
    expect(await providerOfCohort(dataSource.manager, missing)).toBeNull();
  });

  it('adjustPlaces moves places by a delta within the capacity, else changes nothing; lockPlaces reads them', async () => {
    const id = await cohort(3);
    expect(await adjustPlaces(dataSource.manager, id, 2)).toBe(true);
    expect(await adjustPlaces(dataSource.manager, id, 2)).toBe(false);
    expect(await lockPlaces(dataSource.manager, id)).toEqual({ capacity: 3, placesTaken: 2 });
    expect(await adjustPlaces(dataSource.manager, id, -5)).toBe(true);
    expect(await placesTaken(id)).toBe(0);
  });

  it('freePlaces gives back one place per id given, a cohort named twice two, never below none', async () => {
    const [twice, once] = [await cohort(5), await cohort(5)];
    await adjustPlaces(dataSource.manager, twice, 3);
    await adjustPlaces(dataSource.manager, once, 1);
    await freePlaces(dataSource.manager, [twice, once, twice, once]);
    expect([await placesTaken(twice), await placesTaken(once)]).toEqual([1, 0]);
    await freePlaces(dataSource.manager, []);
    expect(await placesTaken(twice)).toBe(1);
  });

  it("programmesOfCohorts names each cohort's programme and whether it guarantees an interview", async () => {
    const [first, second] = [await cohort(1), await cohort(1)];
    await dataSource.query(`UPDATE programmes SET guaranteed_interview = true WHERE id = $1`, [ids.published]);
    const missing = '00000000-0000-4000-8000-000000000000';
    const found = await programmesOfCohorts(dataSource.manager, [first, second, missing]);
    expect(found.sort((a, b) => a.cohortId.localeCompare(b.cohortId))).toEqual(
      [first, second].sort().map((cohortId) => ({ cohortId, programmeId: ids.published, guaranteedInterview: true })),
    );
    await dataSource.query(`UPDATE programmes SET guaranteed_interview = false WHERE id = $1`, [ids.published]);
    expect((await programmesOfCohorts(dataSource.manager, [first]))[0].guaranteedInterview).toBe(false);
    expect(await programmesOfCohorts(dataSource.manager, [])).toEqual([]);
  });

  it("cohortsForExport gives each cohort's programme title and start date as the data export shows them", async () => {
    const id = await cohort(1);
    const found = await cohortsForExport(dataSource.manager, [id]);
    expect([...found]).toEqual([[id, { programme: 'Catalogue Bootcamp', cohortStart: '2030-01-07' }]]);
    expect(await cohortsForExport(dataSource.manager, [])).toEqual(new Map());
  });

  it('cohortWithProgramme reads a cohort and its programme, or null for no such cohort', async () => {
    const id = await cohort(4);
    const found = await cohortWithProgramme(dataSource.manager, id);
    expect(found?.cohort).toMatchObject({ id, programmeId: ids.published, capacity: 4, startDate: '2030-01-07' });
    expect(found?.programme).toMatchObject({ id: ids.published, title: 'Catalogue Bootcamp', published: true });
    expect(await cohortWithProgramme(dataSource.manager, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it("cohortStartDates gives each cohort's start date, by cohort id", async () => {
    const id = await cohort(1);
    await dataSource.query(`UPDATE cohorts SET start_date = '2030-02-03', end_date = '2030-04-28' WHERE id = $1`, [id]);
    const other = await cohort(1);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await cohortStartDates(dataSource.manager, [id, other, missing])).toEqual(
      new Map([
        [id, '2030-02-03'],
        [other, '2030-01-07'],
      ]),
    );
    expect(await cohortStartDates(dataSource.manager, [])).toEqual(new Map());
  });

  it('essentialPrerequisitesOf lists the essential prerequisites only, with their levels', async () => {
    const skills: { id: string }[] = await dataSource.query(`SELECT id FROM skills ORDER BY id LIMIT 3`);
    await dataSource.query(
      `INSERT INTO programme_prerequisites (programme_id, skill_id, level, essential)
       VALUES ($1, $2, 2, true), ($1, $3, 3, true), ($1, $4, 1, false)`,
      [ids.draft, skills[0].id, skills[1].id, skills[2].id],
    );
    const essential = await essentialPrerequisitesOf(dataSource.manager, ids.draft);
    expect(essential.sort((a, b) => a.skillId.localeCompare(b.skillId))).toEqual([
      { skillId: skills[0].id, level: 2 },
      { skillId: skills[1].id, level: 3 },
    ]);
    expect(await essentialPrerequisitesOf(dataSource.manager, ids.unverifiedProvider)).toEqual([]);
  });
});
