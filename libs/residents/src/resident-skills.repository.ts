import { EntityManager } from 'typeorm';

/**
 * Adds skills a resident gained by completing a course, with evidence COURSE_COMPLETED (API.md "State machines"). A
 * skill already held at a higher level keeps its level; one held at the same or a lower level is raised and now
 * counts as evidenced by the course, unless it is evidenced more strongly already (a qualification or an employer).
 * Residents owns resident_skills; brokerage calls this in the transaction that records the completion.
 */
export async function addCompletedSkills(
  manager: EntityManager,
  residentId: string,
  skills: readonly { skillId: string; level: number }[],
): Promise<void> {
  if (skills.length === 0) return;
  await manager.query(
    `INSERT INTO resident_skills (user_id, skill_id, level, evidence)
     SELECT $1, t.skill_id, t.level, 'COURSE_COMPLETED' FROM unnest($2::uuid[], $3::smallint[]) AS t(skill_id, level)
     ON CONFLICT (user_id, skill_id) DO UPDATE
       SET level = greatest(resident_skills.level, excluded.level),
           evidence = CASE WHEN resident_skills.evidence = 'SELF_DECLARED' AND resident_skills.level <= excluded.level
                           THEN 'COURSE_COMPLETED'::skill_evidence ELSE resident_skills.evidence END,
           updated_at = now()
       WHERE resident_skills.level <= excluded.level`,
    [residentId, skills.map((s) => s.skillId), skills.map((s) => s.level)],
  );
}

/** The levels of a resident's skills by skill id, for other domains' rules (brokerage's interview guarantees). */
export async function skillLevelsOf(manager: EntityManager, residentId: string): Promise<Map<string, number>> {
  const rows: { skill_id: string; level: number }[] = await manager.query(
    'SELECT skill_id, level FROM resident_skills WHERE user_id = $1',
    [residentId],
  );
  return new Map(rows.map((row) => [row.skill_id, Number(row.level)]));
}
