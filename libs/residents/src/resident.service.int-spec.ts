import { EmploymentStatus, TimeSlot } from '@app/catalogue';
import { IdentityService, Requester } from '@app/identity';
import { SkillLevel } from '@app/reference';
import { serviceActors, ServiceTestModule, skillIdsByName, startServiceTestModule } from '@app/testing';
import { Ethnicity, Gender, SkillEvidence, YesNoPreferNot } from './resident.enums';
import { ResidentService } from './resident.service';
import { ResidentsModule } from './residents.module';
import { addCompletedSkills } from './resident-skills.repository';

/**
 * ResidentService against real PostgreSQL (the medium test tier): the profile and its defaults, self-declared skills
 * that never lower evidenced ones, and equality answers kept apart from everything else read about a resident.
 */
describe('ResidentService (integration)', () => {
  let module: ServiceTestModule;
  let residents: ResidentService;
  let actors: ReturnType<typeof serviceActors>;
  let python: string;
  let sql: string;
  let excel: string;

  beforeAll(async () => {
    module = await startServiceTestModule([ResidentsModule]);
    residents = module.app.get(ResidentService);
    actors = serviceActors(module);
    [python, sql, excel] = await skillIdsByName(
      module.dataSource,
      'Python (computer programming)',
      'SQL',
      'use spreadsheets software',
    );
  });
  afterAll(() => module?.close());

  const skills = async (resident: Requester) =>
    (await residents.skillsOf([resident.userId]))
      .map((row) => ({ skillId: row.skillId, level: row.level, evidence: row.evidence }))
      .sort((a, b) => a.skillId.localeCompare(b.skillId));
  const byId = <T extends { skillId: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.skillId.localeCompare(b.skillId));

  it('answers a default profile before the first change, without storing one', async () => {
    const resident = await actors.resident();
    expect(await residents.profileOf(resident.userId)).toMatchObject({
      userId: resident.userId,
      livesInGreaterManchester: false,
      employmentStatus: null,
      shareProfileWithEmployers: false,
      interests: [],
      availableTimes: [],
    });
    const [{ count }] = await module.dataSource.query(
      `SELECT count(*)::int AS count FROM resident_profiles WHERE user_id = $1`,
      [resident.userId],
    );
    expect(count).toBe(0);
  });

  it('changes only the fields given, clears a field given as null, and keeps the display name on the user', async () => {
    const resident = await actors.resident('Before');
    await residents.updateProfile(resident.userId, {
      displayName: 'After',
      dateOfBirth: '1990-05-01',
      employmentStatus: EmploymentStatus.UNEMPLOYED,
      maxTravelKm: 12,
      availableTimes: [TimeSlot.EVENINGS, TimeSlot.WEEKENDS],
      interests: ['data'],
    });
    const updated = await residents.updateProfile(resident.userId, { maxTravelKm: null, hasDevice: true });
    expect(updated).toMatchObject({
      dateOfBirth: '1990-05-01',
      employmentStatus: EmploymentStatus.UNEMPLOYED,
      maxTravelKm: null,
      hasDevice: true,
      availableTimes: [TimeSlot.EVENINGS, TimeSlot.WEEKENDS],
      interests: ['data'],
    });
    expect(await residents.profileOf(resident.userId)).toMatchObject({ maxTravelKm: null, hasDevice: true });
    expect((await module.app.get(IdentityService).findUserById(resident.userId))?.displayName).toBe('After');
  });

  it('replaces self-declared skills, never lowering or removing a skill a course evidenced', async () => {
    const resident = await actors.resident();
    await residents.setSelfDeclaredSkills(resident.userId, [
      { skillId: python, level: SkillLevel.WORKING },
      { skillId: excel, level: SkillLevel.AWARENESS },
    ]);
    await addCompletedSkills(module.dataSource.manager, resident.userId, [{ skillId: sql, level: 3 }]);

    // Declaring SQL lower than the course taught it, and leaving out spreadsheets and Python's old level.
    await residents.setSelfDeclaredSkills(resident.userId, [
      { skillId: python, level: SkillLevel.EXPERT },
      { skillId: sql, level: SkillLevel.AWARENESS },
    ]);
    expect(await skills(resident)).toEqual(
      byId([
        { skillId: python, level: 4, evidence: SkillEvidence.SELF_DECLARED },
        { skillId: sql, level: 3, evidence: SkillEvidence.COURSE_COMPLETED },
      ]),
    );

    // Declaring it higher than the course raises it; declaring nothing keeps only what was evidenced.
    await residents.setSelfDeclaredSkills(resident.userId, [{ skillId: sql, level: SkillLevel.EXPERT }]);
    expect(await skills(resident)).toEqual([{ skillId: sql, level: 4, evidence: SkillEvidence.SELF_DECLARED }]);
    await addCompletedSkills(module.dataSource.manager, resident.userId, [{ skillId: python, level: 2 }]);
    await residents.setSelfDeclaredSkills(resident.userId, []);
    expect(await skills(resident)).toEqual([{ skillId: python, level: 2, evidence: SkillEvidence.COURSE_COMPLETED }]);
  });

  it('keeps each equality answer until changed, removes one given as null, and shows them nowhere else', async () => {
    const resident = await actors.resident();
    expect(await residents.equalityMonitoringOf(resident.userId)).toBeNull();
    await residents.setEqualityMonitoring(resident.userId, {
      ethnicity: Ethnicity.WHITE_IRISH,
      gender: Gender.NON_BINARY,
      disability: YesNoPreferNot.YES,
    });
    const changed = await residents.setEqualityMonitoring(resident.userId, {
      gender: null,
      trans: YesNoPreferNot.PREFER_NOT_TO_SAY,
    });
    expect(changed).toMatchObject({
      ethnicity: Ethnicity.WHITE_IRISH,
      gender: null,
      trans: YesNoPreferNot.PREFER_NOT_TO_SAY,
      disability: YesNoPreferNot.YES,
    });
    expect(await residents.equalityMonitoringOf(resident.userId)).toMatchObject({ ethnicity: Ethnicity.WHITE_IRISH });

    // What other readers of a resident get (the profile employers may see, the skills) carries no answer.
    await residents.updateProfile(resident.userId, { shareProfileWithEmployers: true });
    await residents.setSelfDeclaredSkills(resident.userId, [{ skillId: python, level: SkillLevel.WORKING }]);
    const seen = JSON.stringify([
      await residents.profileOf(resident.userId),
      await residents.skillsOf([resident.userId]),
    ]);
    for (const answer of [Ethnicity.WHITE_IRISH, YesNoPreferNot.PREFER_NOT_TO_SAY, 'ethnicity', 'disability']) {
      expect(seen).not.toContain(answer);
    }
  });
});
