import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { openTestDataSource } from '@app/testing';
import { credit, scoreOf, scoreSql, weightSql } from './scoring-model';
import { SkillRegistry } from './skill-registry';
import { buildVacancySnapshot, RequirementRow } from './vacancy-index';
import { standingNow } from './vacancy-scan';
import { scoreVacancy } from './vacancy-score';

/**
 * The scoring model's three paths give the same answers (MATCHING.md "Vacancy score"): the SQL fragments the matching
 * queries are built from, scoreVacancy in JS, and the typed-array scan of the vacancy index. fast-check makes up
 * profiles and vacancies; every vacancy's score and fully-qualified flag must be equal to the last bit on all three.
 */
describe('one scoring model, three paths (property, against real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await openTestDataSource();
    dataSource = db.dataSource;
  });
  afterAll(async () => {
    await db?.close();
  });

  const SKILLS = ['s0', 's1', 's2', 's3', 's4', 's5'];
  const level = fc.integer({ min: 1, max: 4 });
  const requirement = fc.record({ skillId: fc.constantFrom(...SKILLS), level, essential: fc.boolean() });
  // A vacancy asks for each skill at most once (the table's primary key); at least one requirement.
  const vacancy = fc.uniqueArray(requirement, { minLength: 1, maxLength: 5, selector: (r) => r.skillId });
  const profile = fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...SKILLS), level }), {
    maxLength: 6,
    selector: (s) => s.skillId,
  });

  interface Answer {
    score: number;
    fullyQualified: boolean;
  }

  async function bySql(requirements: RequirementRow[], held: { skillId: string; level: number }[]) {
    const rows: { vacancy: string; score: number; fully: boolean }[] = await dataSource.query(
      `SELECT r.vacancy, ${scoreSql(`sum(${credit('coalesce(s.level, 0)')})`, `sum(${weightSql()})`)} AS score,
              count(*) FILTER (WHERE r.essential AND coalesce(s.level, 0) < r.level) = 0 AS fully
       FROM jsonb_to_recordset($1::jsonb) AS r(vacancy text, skill text, level int, essential boolean)
       LEFT JOIN jsonb_to_recordset($2::jsonb) AS s(skill text, level int) ON s.skill = r.skill
       GROUP BY r.vacancy`,
      [
        JSON.stringify(
          requirements.map((r) => ({ vacancy: r.vacancyId, skill: r.skillId, level: r.level, essential: r.essential })),
        ),
        JSON.stringify(held.map((s) => ({ skill: s.skillId, level: s.level }))),
      ],
    );
    return new Map<string, Answer>(rows.map((row) => [row.vacancy, { score: row.score, fullyQualified: row.fully }]));
  }

  function byTypedArrays(ids: string[], requirements: RequirementRow[], held: { skillId: string; level: number }[]) {
    const skills = new SkillRegistry();
    const rows = ids.map((id) => ({
      id,
      closesOn: '2099-01-01',
      positionsOpen: true,
      workplace: 'ON_SITE',
      latitude: null,
      longitude: null,
    }));
    const snapshot = buildVacancySnapshot('v', rows, requirements, skills);
    const standing = standingNow(snapshot, skills.heldLevels(new Map(held.map((s) => [s.skillId, s.level]))));
    return new Map<string, Answer>(
      ids.map((id, slot) => {
        const essentials = snapshot.reqEssential
          .slice(snapshot.reqStart[slot], snapshot.reqStart[slot + 1])
          .reduce((sum, e) => sum + e, 0);
        return [
          id,
          {
            score: scoreOf(standing.credit[slot], snapshot.weight[slot]),
            fullyQualified: standing.metEssentials[slot] === essentials,
          },
        ];
      }),
    );
  }

  it('scores every random vacancy the same through SQL, JS and the typed arrays', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(vacancy, { minLength: 1, maxLength: 6 }), profile, async (vacancies, held) => {
        const ids = vacancies.map((_, i) => `v${i}`);
        const requirements = vacancies.flatMap((rs, i) => rs.map((r) => ({ ...r, vacancyId: ids[i] })));
        const levels = new Map(held.map((s) => [s.skillId, s.level]));
        const js = new Map<string, Answer>(
          vacancies.map((rs, i) => {
            const { score, fullyQualified } = scoreVacancy(rs, levels);
            return [ids[i], { score, fullyQualified }];
          }),
        );
        const sql = await bySql(requirements, held);
        const typed = byTypedArrays(ids, requirements, held);
        expect(sql).toEqual(js);
        expect(typed).toEqual(js);
      }),
      { numRuns: 150 },
    );
  });
});
