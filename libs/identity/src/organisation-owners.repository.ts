import { EntityManager } from 'typeorm';
import { OrganisationKind } from './role';

/** The organisation's id when it exists and is of `kind`, else null (who owns a PROVIDER or EMPLOYER scope). */
export async function organisationOfKind(
  manager: EntityManager,
  id: string,
  kind: OrganisationKind,
): Promise<string | null> {
  const [row] = await manager.query(`SELECT id FROM organisations WHERE id = $1 AND kind = $2`, [id, kind]);
  return row?.id ?? null;
}
