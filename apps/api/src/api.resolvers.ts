import { AuditResolver } from './audit/audit.resolver';
import { ApplicationResolver } from './brokerage/application.resolver';
import { DataRightsResolver } from './brokerage/data-rights.resolver';
import { EnrolmentResolver } from './brokerage/enrolment.resolver';
import { OutcomeResolver } from './brokerage/outcome.resolver';
import { CohortResolver } from './catalogue/cohort.resolver';
import { ProgrammeResolver } from './catalogue/programme.resolver';
import { IdentityResolver, OrganisationResolver } from './identity/identity.resolver';
import { MatchHintsResolver } from './matching/match-hints.resolver';
import { MatchingResolver } from './matching/matching.resolver';
import { MetricsResolver } from './metrics/metrics.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { ResidentResolver } from './residents/resident.resolver';
import { SystemResolver } from './system/system.resolver';
import { VacancyResolver } from './vacancies/vacancy.resolver';

/** Every resolver of the API; schema generation (scripts/schema.ts) reads the same list. */
export const API_RESOLVERS = [
  IdentityResolver,
  OrganisationResolver,
  ReferenceResolver,
  ProgrammeResolver,
  CohortResolver,
  VacancyResolver,
  ResidentResolver,
  MatchingResolver,
  MatchHintsResolver,
  EnrolmentResolver,
  ApplicationResolver,
  OutcomeResolver,
  AuditResolver,
  DataRightsResolver,
  MetricsResolver,
  SystemResolver,
  NotificationResolver,
];
