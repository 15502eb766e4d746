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

/**
 * What "verified" means for the public (ARCHITECTURE.md: only a verified organisation's programmes and vacancies are
 * shown), as a subquery of the verified organisations' ids, for other domains' list queries to use in one round
 * trip: `p.provider_id IN (${verifiedOrganisationIdsSql()})`.
 */
export const verifiedOrganisationIdsSql = (): string => 'SELECT id FROM organisations WHERE verified';
