import { DataSource } from 'typeorm';
import { openTestDataSource } from '@app/testing';
import { residentFacts } from './resident-facts.repository';

/** residentFacts, the one read of a resident's own facts (matching, brokerage), against real PostgreSQL. */
describe('residentFacts (integration)', () => {
  let db: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;
  let skills: string[];
  const NEAR = 'E05011350'; // Ancoats & Beswick

  beforeAll(async () => {
    db = await openTestDataSource([], 2);
    dataSource = db.dataSource;
    skills = (await dataSource.query(`SELECT id FROM skills ORDER BY id LIMIT 2`)).map((row: { id: string }) => row.id);
  });
  afterAll(async () => {
    await db?.close();
  });

  const newResident = async (): Promise<string> =>
    (
      await dataSource.query(
        `INSERT INTO users (email, display_name, role, password_hash)
         VALUES ('facts.' || gen_random_uuid() || '@example.org', 'Facts Resident', 'RESIDENT', 'not-a-real-hash')
         RETURNING id`,
      )
    )[0].id;

  it("reads a resident's profile, ward, equality answers and skills in one row", async () => {
    const id = await newResident();
    await dataSource.query(
      `INSERT INTO resident_profiles (user_id, ward_code, max_travel_km, date_of_birth, employment_status,
                                      highest_qualification_level, interests, has_device)
       VALUES ($1, $2, 8, '2001-02-03', 'UNEMPLOYED', 2, '{Software}', true)`,
      [id, NEAR],
    );
    await dataSource.query(`INSERT INTO equality_monitoring (user_id, gender, disability) VALUES ($1, 'WOMAN', 'NO')`, [
      id,
    ]);
    await dataSource.query(
      `INSERT INTO resident_skills (user_id, skill_id, level, evidence) VALUES ($1, $2, 3, 'SELF_DECLARED'), ($1, $3, 2, 'SELF_DECLARED')`,
      [id, skills[0], skills[1]],
    );
    const facts = await residentFacts(dataSource, id);
    expect(facts).toMatchObject({
      ward_code: NEAR,
      lives_in_gm: false,
      date_of_birth: '2001-02-03',
      employment_status: 'UNEMPLOYED',
      highest_qualification_level: 2,
      max_travel_km: 8,
      interests: ['Software'],
      available_times: [],
      has_device: true,
      has_home_internet: false,
      latitude: 53.480621,
      longitude: -2.20943,
      gender: 'WOMAN',
      disability: 'NO',
      ethnicity: null,
    });
    expect(new Map(facts.skills)).toEqual(
      new Map([
        [skills[0], 3],
        [skills[1], 2],
      ]),
    );
  });

  it("gives the untouched profile's defaults to a resident without a profile, and to an id that is nobody's", async () => {
    const defaults = {
      ward_code: null,
      lives_in_gm: false,
      interests: [],
      has_device: false,
      latitude: null,
      gender: null,
      skills: [],
    };
    expect(await residentFacts(dataSource.manager, await newResident())).toMatchObject(defaults);
    expect(await residentFacts(dataSource, '00000000-0000-4000-8000-000000000000')).toMatchObject(defaults);
  });
});
