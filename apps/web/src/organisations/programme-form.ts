import { TFunction } from 'i18next';
import { EMPLOYMENT_STATUSES } from '../account/profile-questions';
import { SKILL_LEVELS } from '../account/skills.controller';
import { fieldOf, FieldProblem } from '../forms/form-state';
import {
  CreateProgrammeInput,
  DeliveryMode,
  EmploymentStatus,
  OwnProgrammeFragment,
  ProgrammeKind,
  Residency,
  SkillLevel,
  TargetGroup,
} from '../graphql/generated';
import { penceFromPounds } from './vacancy-form';

export const KINDS: readonly ProgrammeKind[] = ['BOOTCAMP', 'SHORT_COURSE', 'APPRENTICESHIP', 'T_LEVEL'];
export const DELIVERIES: readonly DeliveryMode[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
export const RESIDENCIES: readonly Residency[] = ['ANY', 'MANCHESTER', 'GREATER_MANCHESTER'];
export const TARGET_GROUPS: readonly TargetGroup[] = [
  'WOMEN',
  'TRANS_AND_NON_BINARY',
  'ETHNIC_MINORITY',
  'DISABLED',
  'AGED_50_PLUS',
];
/** How many "skill taught" rows the form has (it works without JavaScript, so there is no "add another"). */
export const SKILL_ROWS = 4;
const FIELDS = [
  'title',
  'summary',
  'kind',
  'delivery',
  'durationWeeks',
  'hoursPerWeek',
  'fullyFunded',
  'cost',
  'ward',
  'guaranteedInterview',
  'residency',
  'minAge',
  'maxAge',
  'minQualificationLevel',
];

/** Every value of a repeatable form field (checkboxes) that is in `allowed`. */
function choices<T extends string>(body: unknown, name: string, allowed: readonly T[]): T[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  const values: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return allowed.filter((one) => values.includes(one));
}

const optionalWhole = (text: string): number | null | undefined =>
  text === '' ? null : /^\d+$/.test(text) ? Number(text) : undefined;

/** The form's starting values for an existing programme. */
export function valuesFromProgramme(programme: OwnProgrammeFragment): Record<string, string> {
  const rules = programme.eligibility;
  const values: Record<string, string> = {
    title: programme.title,
    summary: programme.summary,
    kind: programme.kind,
    delivery: programme.delivery,
    durationWeeks: String(programme.durationWeeks),
    hoursPerWeek: String(programme.hoursPerWeek),
    fullyFunded: programme.fullyFunded ? 'yes' : 'no',
    cost: programme.costPence ? String(programme.costPence / 100) : '0',
    ward: programme.ward?.code ?? '',
    guaranteedInterview: programme.guaranteedInterview ? 'yes' : '',
    residency: rules.residency,
    minAge: rules.minAge?.toString() ?? '',
    maxAge: rules.maxAge?.toString() ?? '',
    minQualificationLevel: rules.minQualificationLevel?.toString() ?? '',
    employmentStatuses: rules.employmentStatuses.join(','),
    targetGroups: rules.targetGroups.join(','),
  };
  programme.skillsTaught.forEach((gain, row) => {
    values[`skill-${row}`] = gain.skill.id;
    values[`level-${row}`] = gain.level;
  });
  return values;
}

/**
 * The form as the API's programme input, or the problems that stop it being sent (only what cannot have been meant:
 * nothing typed, a number that is not one); the API checks the rest.
 */
export function programmeFromForm(
  body: unknown,
  t: TFunction,
): { values: Record<string, string>; input?: CreateProgrammeInput; problems: FieldProblem[] } {
  const values: Record<string, string> = Object.fromEntries(FIELDS.map((name) => [name, fieldOf(body, name)]));
  const employmentStatuses = choices(body, 'employmentStatuses', EMPLOYMENT_STATUSES) as EmploymentStatus[];
  const targetGroups = choices(body, 'targetGroups', TARGET_GROUPS);
  values.employmentStatuses = employmentStatuses.join(',');
  values.targetGroups = targetGroups.join(',');
  const problems: FieldProblem[] = [];
  const need = (ok: boolean, field: string, key: string) => {
    if (!ok) problems.push({ field, text: t(`programmeForm.errors.${key}`) });
  };
  need(Boolean(values.title), 'title', 'title');
  need(Boolean(values.summary), 'summary', 'summary');
  need(KINDS.includes(values.kind as ProgrammeKind), 'kind', 'kind');
  need(DELIVERIES.includes(values.delivery as DeliveryMode), 'delivery', 'delivery');
  const durationWeeks = optionalWhole(values.durationWeeks);
  need(typeof durationWeeks === 'number', 'durationWeeks', 'durationWeeks');
  const hoursPerWeek = optionalWhole(values.hoursPerWeek);
  need(typeof hoursPerWeek === 'number', 'hoursPerWeek', 'hoursPerWeek');
  need(['yes', 'no'].includes(values.fullyFunded), 'fullyFunded', 'fullyFunded');
  const costPence = values.fullyFunded === 'yes' ? 0 : penceFromPounds(values.cost || '0');
  need(costPence !== undefined, 'cost', 'cost');
  const residency = (RESIDENCIES.find((one) => one === values.residency) ?? 'ANY') as Residency;
  const minAge = optionalWhole(values.minAge);
  const maxAge = optionalWhole(values.maxAge);
  need(minAge !== undefined, 'minAge', 'age');
  need(maxAge !== undefined, 'maxAge', 'age');
  const minQualificationLevel = optionalWhole(values.minQualificationLevel);

  const skillsTaught: CreateProgrammeInput['skillsTaught'] = [];
  for (let row = 0; row < SKILL_ROWS; row += 1) {
    const skillId = fieldOf(body, `skill-${row}`);
    const level = fieldOf(body, `level-${row}`);
    Object.assign(values, { [`skill-${row}`]: skillId, [`level-${row}`]: level });
    if (!skillId) continue;
    if (!SKILL_LEVELS.includes(level as SkillLevel)) {
      problems.push({ field: `level-${row}`, text: t('programmeForm.errors.level', { row: row + 1 }) });
      continue;
    }
    skillsTaught.push({ skillId, level: level as SkillLevel });
  }
  need(skillsTaught.length > 0 || problems.some((p) => p.field.startsWith('level-')), 'skill-0', 'skills');
  if (problems.length) return { values, problems };
  return {
    values,
    problems,
    input: {
      title: values.title,
      summary: values.summary,
      kind: values.kind as ProgrammeKind,
      delivery: values.delivery as DeliveryMode,
      durationWeeks: durationWeeks!,
      hoursPerWeek: hoursPerWeek!,
      fullyFunded: values.fullyFunded === 'yes',
      costPence: costPence!,
      wardCode: values.ward || null,
      guaranteedInterview: values.guaranteedInterview === 'yes',
      skillsTaught,
      eligibility: {
        residency,
        minAge: minAge ?? null,
        maxAge: maxAge ?? null,
        minQualificationLevel: minQualificationLevel ?? null,
        employmentStatuses,
        targetGroups,
      },
    },
  };
}

/** Where the API's field errors for a programme belong on the form. */
export const PROGRAMME_API_FIELDS: Record<string, { field: string; message: string }> = {
  'input.title': { field: 'title', message: 'programmeForm.errors.titleLength' },
  'input.summary': { field: 'summary', message: 'programmeForm.errors.summaryLength' },
  'input.durationWeeks': { field: 'durationWeeks', message: 'programmeForm.errors.durationRange' },
  'input.hoursPerWeek': { field: 'hoursPerWeek', message: 'programmeForm.errors.hoursRange' },
  'input.costPence': { field: 'cost', message: 'programmeForm.errors.costFunded' },
  'input.wardCode': { field: 'ward', message: 'vacancyForm.errors.ward' },
  'input.skillsTaught': { field: 'skill-0', message: 'vacancyForm.errors.skillsList' },
  'input.eligibility.minAge': { field: 'minAge', message: 'programmeForm.errors.ageRange' },
  'input.eligibility.maxAge': { field: 'maxAge', message: 'programmeForm.errors.ageRange' },
  'input.eligibility.minQualificationLevel': {
    field: 'minQualificationLevel',
    message: 'programmeForm.errors.qualification',
  },
};
