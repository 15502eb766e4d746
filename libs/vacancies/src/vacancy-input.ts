import { SkillRequirementInput } from '@app/catalogue';
import { ContractType, Workplace } from './vacancy.enums';

export interface NewVacancy {
  title: string;
  description: string;
  requirements: SkillRequirementInput[];
  salaryMinPence: number;
  salaryMaxPence: number;
  hoursPerWeek: number;
  contract: ContractType;
  workplace: Workplace;
  wardCode?: string | null;
  positions?: number | null;
  closesOn: string;
  guaranteedInterviewProgrammeIds?: string[] | null;
}

export type VacancyChanges = Partial<NewVacancy>;

export interface VacancyFilter {
  skillIds?: string[] | null;
  workplaces?: Workplace[] | null;
  contracts?: ContractType[] | null;
  wardCode?: string | null;
  realLivingWageOnly?: boolean | null;
  search?: string | null;
  minSalaryPence?: number | null;
  maxHoursPerWeek?: number | null;
}
