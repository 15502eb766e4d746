import { SkillLevel } from '@app/reference';
import { DeliveryMode, EmploymentStatus, ProgrammeKind, Residency, TargetGroup, TimeSlot } from './catalogue.enums';

export interface SkillLevelInput {
  skillId: string;
  level: SkillLevel;
}

export interface SkillRequirementInput extends SkillLevelInput {
  essential: boolean;
}

export interface EligibilityRules {
  minAge?: number | null;
  maxAge?: number | null;
  employmentStatuses?: EmploymentStatus[] | null;
  residency: Residency;
  targetGroups?: TargetGroup[] | null;
  minQualificationLevel?: number | null;
}

export interface NewProgramme {
  kind: ProgrammeKind;
  title: string;
  summary: string;
  skillsTaught: SkillLevelInput[];
  prerequisites?: SkillRequirementInput[] | null;
  qualifications?: string[] | null;
  durationWeeks: number;
  hoursPerWeek: number;
  delivery: DeliveryMode;
  wardCode?: string | null;
  fullyFunded: boolean;
  costPence?: number | null;
  eligibility: EligibilityRules;
  tLevelCode?: string | null;
  guaranteedInterview?: boolean | null;
  lendsDevices?: boolean | null;
  providesData?: boolean | null;
}

/** Every field optional: undefined leaves it as it is (kind and T Level code cannot change). */
export type ProgrammeChanges = Partial<Omit<NewProgramme, 'kind' | 'tLevelCode'>>;

export interface NewCohort {
  programmeId: string;
  startDate: string;
  endDate: string;
  applicationsCloseOn: string;
  capacity: number;
  deliveryTimes?: TimeSlot[] | null;
}

/** Every field optional: undefined leaves it as it is. */
export type CohortChanges = Partial<Omit<NewCohort, 'programmeId'>>;

export interface ProgrammeFilter {
  kinds?: ProgrammeKind[] | null;
  skillIds?: string[] | null;
  delivery?: DeliveryMode[] | null;
  fullyFundedOnly?: boolean | null;
  wardCode?: string | null;
  search?: string | null;
  startingWithinDays?: number | null;
}
