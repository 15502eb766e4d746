import { EmploymentStatus } from '@app/catalogue';
import { ageOn } from '@app/matching';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';

export const OUTSIDE_MANCHESTER = 'OUTSIDE_MANCHESTER';

/** METRICS.md age bands, youngest first. Under 16 has no band of its own and counts as NOT_KNOWN (null). */
const AGE_BANDS: readonly { band: string; from: number }[] = [
  { band: '65+', from: 65 },
  { band: '55-64', from: 55 },
  { band: '45-54', from: 45 },
  { band: '35-44', from: 35 },
  { band: '25-34', from: 25 },
  { band: '19-24', from: 19 },
  { band: '16-18', from: 16 },
];

export function ageBand(dateOfBirth: string | null, day: string): string | null {
  if (!dateOfBirth) return null;
  const age = ageOn(dateOfBirth, day);
  return AGE_BANDS.find((band) => age >= band.from)?.band ?? null;
}

export interface DemographicFacts {
  ethnicity: Ethnicity | null;
  gender: Gender | null;
  trans: YesNoPreferNot | null;
  disability: YesNoPreferNot | null;
  dateOfBirth: string | null;
  wardCode: string | null;
  employmentStatus: EmploymentStatus | null;
}

export interface DemographicSnapshot {
  ethnicity: Ethnicity | null;
  gender: Gender | null;
  trans: YesNoPreferNot | null;
  disability: YesNoPreferNot | null;
  ageBand: string | null;
  ward: string | null;
  employmentStatus: EmploymentStatus | null;
}

/** The snapshot copied onto a record the day it is made (METRICS.md). */
export function snapshotOf(facts: DemographicFacts, day: string): DemographicSnapshot {
  return {
    ethnicity: facts.ethnicity,
    gender: facts.gender,
    trans: facts.trans,
    disability: facts.disability,
    ageBand: ageBand(facts.dateOfBirth, day),
    ward: facts.wardCode,
    employmentStatus: facts.employmentStatus,
  };
}
