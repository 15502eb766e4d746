import { DataSource } from 'typeorm';
import { openTestDataSource } from '@app/testing';
import { accountDataOf, deleteUser } from './account-data.repository';

/** Identity's part of a resident's data rights, against real PostgreSQL (the medium test tier). */
describe('account data (integration)', () => {
  let db: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await openTestDataSource();
    dataSource = db.dataSource;
  });
  afterAll(async () => {
    await db?.close();
  });

  const newResident = async () =>
    (
      await dataSource.query(
        `INSERT INTO users (email, display_name, role, password_hash)
         VALUES ('data.' || gen_random_uuid() || '@example.org', 'Data Resident', 'RESIDENT', 'not-a-real-hash')
         RETURNING id, email`,
      )
    )[0] as { id: string; email: string };

  it('accountDataOf gives the account without its password, or undefined for no such user', async () => {
    const { id, email } = await newResident();
    const account = await accountDataOf(dataSource.manager, id);
    expect(account).toEqual({
      id,
      email,
      displayName: 'Data Resident',
      role: 'RESIDENT',
      createdAt: expect.any(String),
    });
    expect(await accountDataOf(dataSource.manager, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it("deleteUser deletes the account, and with it the resident's profile, skills and equality answers", async () => {
    const { id } = await newResident();
    await dataSource.query(`INSERT INTO resident_profiles (user_id) VALUES ($1)`, [id]);
    await dataSource.query(`INSERT INTO equality_monitoring (user_id, disability) VALUES ($1, 'YES')`, [id]);
    await dataSource.query(
      `INSERT INTO resident_skills (user_id, skill_id, level, evidence)
       SELECT $1, id, 2, 'SELF_DECLARED' FROM skills ORDER BY id LIMIT 1`,
      [id],
    );
    await dataSource.transaction((manager) => deleteUser(manager, id));
    for (const table of ['users', 'resident_profiles', 'equality_monitoring', 'resident_skills']) {
      const column = table === 'users' ? 'id' : 'user_id';
      expect({ table, rows: await dataSource.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [id]) }).toEqual({
        table,
        rows: [],
      });
    }
  });
});
