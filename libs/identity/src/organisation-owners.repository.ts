import { EntityManager } from 'typeorm';
import { OrganisationKind } from './role';
import { OrganisationEntity } from './entities/organisation.entity';

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

/**
 * The organisation, or null when there is no such organisation (applying to a vacancy reads its employer's Disability
 * Confident level).
 */
export function organisationById(manager: EntityManager, id: string): Promise<OrganisationEntity | null> {
  return manager.findOneBy(OrganisationEntity, { id });
}

/**
 * Whether the organisation exists and is verified (for one organisation what `verifiedOrganisationIdsSql` is for a
 * list): only then are its programmes and vacancies public, its cohorts open to enrolment and its vacancies to applications.
 */
export async function isVerifiedOrganisation(manager: EntityManager, id: string): Promise<boolean> {
  return (await organisationById(manager, id))?.verified ?? false;
}
