import { DataSource } from 'typeorm';
import { openTestDataSource } from '@app/testing';
import { SkillEvidence } from './resident.enums';
import { EmploymentStatus } from '@app/catalogue';
import { setEmploymentStatus } from './resident-profiles.repository';
import { addCompletedSkills } from './resident-skills.repository';
import { residentDataOf } from './resident-data.repository';

/** What residents exports to brokerage (completion, hiring), against real PostgreSQL (the medium test tier). */
describe('residents exports (integration)', () => {
  let db: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;
  let skills: string[];

  beforeAll(async () => {
    db = await openTestDataSource([], 2);
    dataSource = db.dataSource;
    skills = (await dataSource.query(`SELECT id FROM skills ORDER BY id LIMIT 4`)).map((row: { id: string }) => row.id);
  });
  afterAll(async () => {
    await db?.close();
  });

  const newResident = async () =>
    (
      await dataSource.query(
        `INSERT INTO users (email, display_name, role, password_hash)
         VALUES ('skills.' || gen_random_uuid() || '@example.org', 'Skills Resident', 'RESIDENT', 'not-a-real-hash')
         RETURNING id`,
      )
    )[0].id as string;
  const held = async (residentId: string) =>
    Object.fromEntries(
      (
        await dataSource.query(`SELECT skill_id, level, evidence FROM resident_skills WHERE user_id = $1`, [residentId])
      ).map((row: { skill_id: string; level: number; evidence: string }) => [row.skill_id, [row.level, row.evidence]]),
    );

  it('adds new skills, raises lower ones, keeps higher ones and stronger evidence', async () => {
    const resident = await newResident();
    const [lower, higher, verified, fresh] = skills;
    await dataSource.query(
      `INSERT INTO resident_skills (user_id, skill_id, level, evidence)
       VALUES ($1, $2, 1, 'SELF_DECLARED'), ($1, $3, 4, 'SELF_DECLARED'), ($1, $4, 1, 'EMPLOYER_VERIFIED')`,
      [resident, lower, higher, verified],
    );
    await addCompletedSkills(dataSource.manager, resident, [
      { skillId: lower, level: 3 },
      { skillId: higher, level: 2 },
      { skillId: verified, level: 2 },
      { skillId: fresh, level: 2 },
    ]);
    expect(await held(resident)).toEqual({
      [lower]: [3, SkillEvidence.COURSE_COMPLETED],
      [higher]: [4, SkillEvidence.SELF_DECLARED],
      [verified]: [2, SkillEvidence.EMPLOYER_VERIFIED],
      [fresh]: [2, SkillEvidence.COURSE_COMPLETED],
    });
  });

  it('a course teaching nothing changes nothing', async () => {
    const resident = await newResident();
    await addCompletedSkills(dataSource.manager, resident, []);
    expect(await held(resident)).toEqual({});
  });

  it('setEmploymentStatus makes the profile on first change and updates it after', async () => {
    const resident = await newResident();
    const status = async () =>
      (await dataSource.query(`SELECT employment_status FROM resident_profiles WHERE user_id = $1`, [resident]))[0]
        ?.employment_status;
    expect(await status()).toBeUndefined();
    await setEmploymentStatus(dataSource.manager, resident, EmploymentStatus.EMPLOYED_LOW_PAID);
    expect(await status()).toBe(EmploymentStatus.EMPLOYED_LOW_PAID);
    await setEmploymentStatus(dataSource.manager, resident, EmploymentStatus.EMPLOYED);
    expect(await status()).toBe(EmploymentStatus.EMPLOYED);
  });

  it('residentDataOf gives the profile, equality answers and skills (by name) for a data export', async () => {
    const resident = await newResident();
    expect(await residentDataOf(dataSource.manager, resident)).toEqual({
      profile: undefined,
      equalityMonitoring: undefined,
      skills: [],
    });
    await setEmploymentStatus(dataSource.manager, resident, EmploymentStatus.EMPLOYED);
    await dataSource.query(`INSERT INTO equality_monitoring (user_id, disability) VALUES ($1, 'YES')`, [resident]);
    await addCompletedSkills(dataSource.manager, resident, [
      { skillId: skills[0], level: 2 },
      { skillId: skills[1], level: 3 },
    ]);
    const names: string[] = (
      await dataSource.query(`SELECT name FROM skills WHERE id = ANY($1::uuid[]) ORDER BY name`, [skills.slice(0, 2)])
    ).map((row: { name: string }) => row.name);
    const data = await residentDataOf(dataSource.manager, resident);
    expect(data.profile).toMatchObject({ employment_status: EmploymentStatus.EMPLOYED });
    expect(data.profile).not.toHaveProperty('user_id');
    expect(data.equalityMonitoring).toMatchObject({ disability: 'YES' });
    expect(data.equalityMonitoring).not.toHaveProperty('user_id');
    expect((data.skills as { skill: string }[]).map((skill) => skill.skill)).toEqual(names);
  });
});
