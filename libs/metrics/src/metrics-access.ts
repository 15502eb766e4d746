import { EntityManager } from 'typeorm';
import { InvalidInputError, DomainError, FieldError } from '@app/errors';
import { providerOfCohort, providerOfProgramme } from '@app/catalogue';
import { isCityStaff, organisationOfKind, OrganisationKind, Requester, Role } from '@app/identity';
import { employerOfVacancy } from '@app/vacancies';
import { Audience, MetricsScopeKind } from './metrics.types';
import { MetricsScope } from './scope';

/** Who is asking for metrics: identity's Requester, as much of it as access needs. */
export type MetricsViewer = Pick<Requester, 'role' | 'organisationId'>;

const PROVIDER_KINDS = [MetricsScopeKind.PROVIDER, MetricsScopeKind.PROGRAMME, MetricsScopeKind.COHORT];
const EMPLOYER_KINDS = [MetricsScopeKind.EMPLOYER, MetricsScopeKind.VACANCY];

/**
 * Which view of a report the viewer gets (METRICS.md "Disclosure control"): city staff the staff view; an
 * organisation, reading its own scopes, the protected view, since it can put names to its applicants and learners.
 */
export function audienceOf(viewer: MetricsViewer): Audience {
  return isCityStaff(viewer) ? Audience.STAFF : Audience.PROTECTED;
}

/** Checks the scope's shape: CITY has no id, every other kind needs one; from ≤ to. Names every bad field. */
export function checkScopeShape(scope: MetricsScope): void {
  const problems: FieldError[] = [];
  if (scope.kind === MetricsScopeKind.CITY && scope.id)
    problems.push({ path: 'scope.id', message: 'a CITY scope has no id' });
  if (scope.kind !== MetricsScopeKind.CITY && !scope.id) {
    problems.push({ path: 'scope.id', message: `a ${scope.kind} scope needs the id of the record` });
  }
  if (scope.from && scope.to && scope.from > scope.to)
    problems.push({ path: 'scope.to', message: 'to must not be before from' });
  if (problems.length) throw new InvalidInputError(problems);
}

/**
 * METRICS.md access: PROVIDER only its own scopes, EMPLOYER its own, BROKER/ANALYST/ADMIN all. A scope the viewer may
 * not see, or that does not exist, is NOT_FOUND (it does not confirm the record exists); residents are FORBIDDEN.
 */
export async function checkScopeAccess(
  manager: EntityManager,
  viewer: MetricsViewer,
  scope: MetricsScope,
): Promise<void> {
  if (isCityStaff(viewer)) {
    if (scope.kind !== MetricsScopeKind.CITY && !(await ownerOf(manager, scope))) throw notFound();
    return;
  }
  const kinds = viewer.role === Role.PROVIDER ? PROVIDER_KINDS : viewer.role === Role.EMPLOYER ? EMPLOYER_KINDS : null;
  if (!kinds)
    throw new DomainError('FORBIDDEN', 'ROLE_NOT_ALLOWED', 'Metrics are for providers, employers and city staff');
  if (!kinds.includes(scope.kind))
    throw new DomainError('FORBIDDEN', 'SCOPE_NOT_ALLOWED', 'You can see metrics for your own organisation only');
  if ((await ownerOf(manager, scope)) !== viewer.organisationId) throw notFound();
}

const notFound = () => new DomainError('NOT_FOUND', 'SCOPE_NOT_FOUND', 'No such scope');

/** The organisation a scope belongs to, or null when the record does not exist: each owner says who owns its record. */
async function ownerOf(manager: EntityManager, scope: MetricsScope): Promise<string | null> {
  if (scope.kind === MetricsScopeKind.CITY || !scope.id) return null;
  const owners: Record<Exclude<MetricsScopeKind, MetricsScopeKind.CITY>, (id: string) => Promise<string | null>> = {
    [MetricsScopeKind.PROVIDER]: (id) => organisationOfKind(manager, id, OrganisationKind.PROVIDER),
    [MetricsScopeKind.EMPLOYER]: (id) => organisationOfKind(manager, id, OrganisationKind.EMPLOYER),
    [MetricsScopeKind.PROGRAMME]: (id) => providerOfProgramme(manager, id),
    [MetricsScopeKind.COHORT]: (id) => providerOfCohort(manager, id),
    [MetricsScopeKind.VACANCY]: (id) => employerOfVacancy(manager, id),
  };
  return owners[scope.kind](scope.id);
}
