import { EntityManager } from 'typeorm';

// Audit's part of a person's data rights (brokerage's DataRightsService composes every domain's part).

/**
 * Who looked at or changed the person's records (`subjectIds`, the records brokerage holds about them) and what the
 * person did themselves, oldest first, as their data export shows it.
 */
export async function auditTrailOf(
  manager: EntityManager,
  actorId: string,
  subjectIds: readonly string[],
): Promise<unknown> {
  const [row] = await manager.query(
    `SELECT coalesce(json_agg(json_build_object('at', x.created_at, 'actorRole', x.actor_role, 'action', x.action,
              'subjectType', x.subject_type, 'subjectId', x.subject_id) ORDER BY x.created_at), '[]') AS data
     FROM audit_entries x
     WHERE x.actor_id = $1 OR x.subject_id = ANY($2::uuid[])`,
    [actorId, [...subjectIds]],
  );
  return row?.data;
}

/** The entries the person made lose their actor when they erase their account (the entries themselves stay). */
export async function forgetActor(manager: EntityManager, actorId: string): Promise<void> {
  await manager.query(`UPDATE audit_entries SET actor_id = NULL WHERE actor_id = $1`, [actorId]);
}
