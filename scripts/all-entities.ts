import { AUDIT_ENTITIES } from '@app/audit';
import { BROKERAGE_ENTITIES } from '@app/brokerage';
import { CATALOGUE_ENTITIES } from '@app/catalogue';
import { IDENTITY_ENTITIES } from '@app/identity';
import { METRICS_ENTITIES } from '@app/metrics';
import { REFERENCE_ENTITIES } from '@app/reference';
import { RESIDENT_ENTITIES } from '@app/residents';
import { VACANCY_ENTITIES } from '@app/vacancies';

/** Every entity of the platform, for the migration tooling (the apps load theirs through their modules). */
export const ALL_ENTITIES = [
  ...REFERENCE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...CATALOGUE_ENTITIES,
  ...VACANCY_ENTITIES,
  ...RESIDENT_ENTITIES,
  ...BROKERAGE_ENTITIES,
  ...AUDIT_ENTITIES,
  ...METRICS_ENTITIES,
];
