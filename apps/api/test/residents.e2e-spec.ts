import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@app/reference';
import { Actors, codes, createActors, fieldPaths, skillIds, TestApp } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

const PROFILE_FIELDS = `id displayName ward { code } livesInGreaterManchester dateOfBirth employmentStatus highestQualificationLevel
  maxTravelKm hoursAvailablePerWeek digitalAccess { hasDevice hasHomeInternet } shareProfileWithEmployers
  skills { skill { name } level evidence } equalityMonitoring { ethnicity gender trans disability }`;
const MY_PROFILE = `{ myProfile { ${PROFILE_FIELDS} } }`;
const UPDATE = `mutation ($input: ResidentProfileInput!) { updateMyProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const SET_SKILLS = `mutation ($skills: [ResidentSkillInput!]!) { setMySkills(skills: $skills) { skills { skill { name } level evidence } } }`;
const SET_EQUALITY = `mutation ($input: EqualityMonitoringInput!) { setMyEqualityMonitoring(input: $input) { ethnicity gender trans disability } }`;

describe('resident profile (e2e)', () => {
  let api: TestApp;
  let actors: Actors;
  let python: string, sql: string;

  beforeAll(async () => {
    api = await startApi();
    actors = await createActors(api);
    [python, sql] = await skillIds(api, 'Python (computer programming)', 'SQL');
  });
  afterAll(() => api.close());

  it('starts with sensible defaults', async () => {
    const res = await api.gql<{ myProfile: Record<string, unknown> }>(MY_PROFILE, {}, actors.resident.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.myProfile).toMatchObject({
      id: actors.resident.userId,
      ward: null,
      livesInGreaterManchester: false,
      digitalAccess: { hasDevice: false, hasHomeInternet: false },
      shareProfileWithEmployers: false,
      skills: [],
      equalityMonitoring: null,
    });
  });

  it('updates the fields given and clears those set to null', async () => {
    const dateOfBirth = addDays(londonToday(), -30 * 365);
    const res = await api.gql<{ updateMyProfile: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          displayName: ' Amira ',
          wardCode: 'E05011356',
          dateOfBirth,
          employmentStatus: 'UNEMPLOYED',
          highestQualificationLevel: 3,
          maxTravelKm: 8,
          hasDevice: true,
          shareProfileWithEmployers: true,
        },
      },
      actors.resident.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMyProfile).toMatchObject({
      displayName: 'Amira',
      ward: { code: 'E05011356' },
      dateOfBirth,
      employmentStatus: 'UNEMPLOYED',
      highestQualificationLevel: 3,
      maxTravelKm: 8,
      digitalAccess: { hasDevice: true, hasHomeInternet: false },
      shareProfileWithEmployers: true,
    });
    const cleared = await api.gql<{ updateMyProfile: Record<string, unknown> }>(
      UPDATE,
      { input: { maxTravelKm: null } },
      actors.resident.token,
    );
    expect(cleared.data!.updateMyProfile).toMatchObject({ maxTravelKm: null, highestQualificationLevel: 3 });
  });

  it('names every bad field and changes nothing', async () => {
    const before = await api.gql(MY_PROFILE, {}, actors.resident.token);
    const res = await api.gql(
      UPDATE,
      {
        input: {
          displayName: '',
          wardCode: 'E05999999',
          dateOfBirth: addDays(londonToday(), -365),
          highestQualificationLevel: 9,
          maxTravelKm: -1,
        },
      },
      actors.resident.token,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(res)).toEqual([
      'input.dateOfBirth',
      'input.displayName',
      'input.highestQualificationLevel',
      'input.maxTravelKm',
      'input.wardCode',
    ]);
    expect(await api.gql(MY_PROFILE, {}, actors.resident.token)).toEqual(before);
  });

  it('sets self-declared skills, replacing the previous list', async () => {
    await api.gql(SET_SKILLS, { skills: [{ skillId: python, level: 'WORKING' }] }, actors.resident.token);
    const res = await api.gql<{ setMySkills: { skills: unknown[] } }>(
      SET_SKILLS,
      { skills: [{ skillId: sql, level: 'PRACTITIONER' }] },
      actors.resident.token,
    );
    expect(res.data!.setMySkills.skills).toEqual([
      { skill: { name: 'SQL' }, level: 'PRACTITIONER', evidence: 'SELF_DECLARED' },
    ]);
  });

  it('never lowers a skill evidenced by a completed course', async () => {
    await api.app
      .get(DataSource)
      .query(
        `INSERT INTO resident_skills (user_id, skill_id, level, evidence) VALUES ($1, $2, 3, 'COURSE_COMPLETED')`,
        [actors.resident.userId, python],
      );
    const res = await api.gql<{ setMySkills: { skills: unknown[] } }>(
      SET_SKILLS,
      { skills: [{ skillId: python, level: 'AWARENESS' }] },
      actors.resident.token,
    );
    expect(res.data!.setMySkills.skills).toEqual([
      { skill: { name: 'Python (computer programming)' }, level: 'PRACTITIONER', evidence: 'COURSE_COMPLETED' },
    ]);
  });

  it('refuses duplicate, unknown and too many skills', async () => {
    const dup = await api.gql(
      SET_SKILLS,
      {
        skills: [
          { skillId: sql, level: 'WORKING' },
          { skillId: sql, level: 'EXPERT' },
        ],
      },
      actors.resident.token,
    );
    expect(fieldPaths(dup)).toEqual(['skills']);
    const unknown = await api.gql(
      SET_SKILLS,
      { skills: [{ skillId: 'c0b0e2f3-0000-4000-8000-000000000000', level: 'WORKING' }] },
      actors.resident.token,
    );
    expect(fieldPaths(unknown)).toEqual(['skills']);
    const skills = await api.gql<{ skills: { edges: { node: { id: string } }[] } }>(
      `{ skills(first: 31) { edges { node { id } } } }`,
    );
    const many = skills.data!.skills.edges.map((e) => ({ skillId: e.node.id, level: 'WORKING' }));
    expect(fieldPaths(await api.gql(SET_SKILLS, { skills: many }, actors.resident.token))).toEqual(['skills']);
  });

  it('is for residents only', async () => {
    for (const actor of [actors.employer, actors.provider, actors.broker, actors.analyst, actors.admin]) {
      expect(codes(await api.gql(MY_PROFILE, {}, actor.token))).toEqual(['FORBIDDEN']);
      expect(codes(await api.gql(SET_EQUALITY, { input: { gender: 'WOMAN' } }, actor.token))).toEqual(['FORBIDDEN']);
    }
  });

  describe('equality monitoring', () => {
    it('is recorded and shown to the resident alone', async () => {
      const res = await api.gql<{ setMyEqualityMonitoring: Record<string, unknown> }>(
        SET_EQUALITY,
        { input: { ethnicity: 'BLACK_AFRICAN', gender: 'WOMAN', trans: 'NO', disability: 'PREFER_NOT_TO_SAY' } },
        actors.resident.token,
      );
      expect(res.data!.setMyEqualityMonitoring).toEqual({
        ethnicity: 'BLACK_AFRICAN',
        gender: 'WOMAN',
        trans: 'NO',
        disability: 'PREFER_NOT_TO_SAY',
      });
      const partial = await api.gql<{ setMyEqualityMonitoring: Record<string, unknown> }>(
        SET_EQUALITY,
        { input: { disability: null } },
        actors.resident.token,
      );
      expect(partial.data!.setMyEqualityMonitoring).toEqual({
        ethnicity: 'BLACK_AFRICAN',
        gender: 'WOMAN',
        trans: 'NO',
        disability: null,
      });
      const mine = await api.gql<{ myProfile: { equalityMonitoring: unknown } }>(MY_PROFILE, {}, actors.resident.token);
      expect(mine.data!.myProfile.equalityMonitoring).toEqual({
        ethnicity: 'BLACK_AFRICAN',
        gender: 'WOMAN',
        trans: 'NO',
        disability: null,
      });
    });

    it('lives in its own table, apart from the profile', async () => {
      const columns: { column_name: string }[] = await api.app
        .get(DataSource)
        .query(`SELECT column_name FROM information_schema.columns WHERE table_name IN ('resident_profiles', 'users')`);
      const names = columns.map((c) => c.column_name);
      for (const sensitive of ['ethnicity', 'gender', 'trans', 'disability']) expect(names).not.toContain(sensitive);
    });

    it('refuses an unknown category', async () => {
      expect(codes(await api.gql(SET_EQUALITY, { input: { ethnicity: 'MARTIAN' } }, actors.resident.token))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });
  });
});
