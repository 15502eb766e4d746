import { CohortResolver } from './catalogue/cohort.resolver';
import { ProgrammeResolver } from './catalogue/programme.resolver';
import { IdentityResolver, OrganisationResolver } from './identity/identity.resolver';
import { MatchingResolver } from './matching/matching.resolver';
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
  SystemResolver,
];
