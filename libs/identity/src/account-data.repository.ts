import { EntityManager } from 'typeorm';

// Identity's part of a person's data rights (UK GDPR, brokerage's DataRightsService composes every domain's part):
// the account in their data export, and the account's deletion when they erase it.

/** The account as the person's data export shows it; undefined when there is no such user. */
export async function accountDataOf(manager: EntityManager, userId: string): Promise<unknown> {
  const [row] = await manager.query(
    `SELECT json_build_object('id', id, 'email', email, 'displayName', display_name, 'role', role, 'createdAt', created_at) AS data
     FROM users WHERE id = $1`,
    [userId],
  );
  return row?.data;
}

/**
 * Deletes the account. The foreign keys do the rest: the resident's profile, skills and equality answers go with it
 * (residents' tables cascade), and their enrolments and applications keep their rows with no resident.
 */
export async function deleteUser(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`DELETE FROM users WHERE id = $1`, [userId]);
}
