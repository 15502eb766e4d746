import { TFunction } from 'i18next';
import { isoDate } from '../account/profile-questions';
import { SKILL_LEVELS } from '../account/skills.controller';
import { fieldOf, FieldProblem } from '../forms/form-state';
import { ContractType, CreateVacancyInput, OwnVacancyFragment, SkillLevel, Workplace } from '../graphql/generated';

export const CONTRACTS: readonly ContractType[] = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'TEMPORARY'];
export const WORKPLACES: readonly Workplace[] = ['ON_SITE', 'HYBRID', 'REMOTE'];
/** How many skill rows the form has: enough for most jobs, and it works without JavaScript (no "add another"). */
export const REQUIREMENT_ROWS = 6;

const FIELDS = [
  'title',
  'description',
  'salaryMin',
  'salaryMax',
  'hours',
  'contract',
  'workplace',
  'ward',
  'positions',
  'closes-day',
  'closes-month',
  'closes-year',
];

/** Pounds as people type them ("26,000", "£26000.50") in pence, or undefined when it is not an amount. */
export function penceFromPounds(text: string): number | undefined {
  const plain = text.replace(/[£,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) return undefined;
  return Math.round(Number(plain) * 100);
}

const poundsText = (pence: number) => (pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2));

/** The form's starting values for an existing vacancy. */
export function valuesFromVacancy(vacancy: OwnVacancyFragment): Record<string, string> {
  const [year, month, day] = vacancy.closesOn.split('-');
  const values: Record<string, string> = {
    title: vacancy.title,
    description: vacancy.description,
    salaryMin: poundsText(vacancy.salaryMinPence),
    salaryMax: poundsText(vacancy.salaryMaxPence),
    hours: String(vacancy.hoursPerWeek),
    contract: vacancy.contract,
    workplace: vacancy.workplace,
    ward: vacancy.ward?.code ?? '',
    positions: String(vacancy.positions),
    'closes-day': String(Number(day)),
    'closes-month': String(Number(month)),
    'closes-year': year,
  };
  vacancy.requirements.forEach((need, index) => {
    values[`skill-${index}`] = need.skill.id;
    values[`level-${index}`] = need.level;
    values[`essential-${index}`] = need.essential ? 'yes' : 'no';
  });
  values.guaranteed = vacancy.guaranteedInterviewProgrammes.map((programme) => programme.id).join(',');
  return values;
}

/**
 * The form as the API's vacancy input, or the problems that stop it being sent. Only what a person cannot have meant
 * is caught here (nothing typed, an amount or date that is not one); the API checks the rest (closing date in the
 * past, minimum over maximum, hours out of range, ...).
 */
export function inputFromForm(
  body: unknown,
  t: TFunction,
): { values: Record<string, string>; input?: CreateVacancyInput; problems: FieldProblem[] } {
  const values: Record<string, string> = Object.fromEntries(FIELDS.map((name) => [name, fieldOf(body, name)]));
  const problems: FieldProblem[] = [];
  const need = (ok: boolean, field: string, key: string) => {
    if (!ok) problems.push({ field, text: t(`vacancyForm.errors.${key}`) });
  };
  need(Boolean(values.title), 'title', 'title');
  need(Boolean(values.description), 'description', 'description');
  const salaryMinPence = penceFromPounds(values.salaryMin);
  const salaryMaxPence = penceFromPounds(values.salaryMax);
  need(salaryMinPence !== undefined, 'salaryMin', 'salaryMin');
  need(salaryMaxPence !== undefined, 'salaryMax', 'salaryMax');
  const hoursPerWeek = Number(values.hours);
  need(values.hours !== '' && Number.isFinite(hoursPerWeek), 'hours', 'hours');
  need(CONTRACTS.includes(values.contract as ContractType), 'contract', 'contract');
  need(WORKPLACES.includes(values.workplace as Workplace), 'workplace', 'workplace');
  const positions = Number(values.positions || '1');
  need(Number.isInteger(positions), 'positions', 'positions');
  const closesOn = isoDate(values['closes-day'], values['closes-month'], values['closes-year']);
  need(closesOn !== undefined, 'closes-day', 'closesOn');

  const requirements: CreateVacancyInput['requirements'] = [];
  for (let row = 0; row < REQUIREMENT_ROWS; row += 1) {
    const skillId = fieldOf(body, `skill-${row}`);
    const level = fieldOf(body, `level-${row}`);
    const essential = fieldOf(body, `essential-${row}`) || 'yes';
    Object.assign(values, { [`skill-${row}`]: skillId, [`level-${row}`]: level, [`essential-${row}`]: essential });
    if (!skillId) continue;
    if (!SKILL_LEVELS.includes(level as SkillLevel)) {
      problems.push({ field: `level-${row}`, text: t('vacancyForm.errors.level', { row: row + 1 }) });
      continue;
    }
    requirements.push({ skillId, level: level as SkillLevel, essential: essential === 'yes' });
  }
  need(requirements.length > 0 || problems.some((p) => p.field.startsWith('level-')), 'skill-0', 'skills');
  const guaranteed = ([] as unknown[])
    .concat((body as Record<string, unknown> | undefined)?.guaranteed ?? [])
    .filter((id): id is string => typeof id === 'string' && id.length > 0);
  values.guaranteed = guaranteed.join(',');
  if (problems.length) return { values, problems };
  return {
    values,
    problems,
    input: {
      title: values.title,
      description: values.description,
      requirements,
      salaryMinPence: salaryMinPence!,
      salaryMaxPence: salaryMaxPence!,
      hoursPerWeek,
      contract: values.contract as ContractType,
      workplace: values.workplace as Workplace,
      wardCode: values.ward || null,
      positions,
      closesOn: closesOn!,
      guaranteedInterviewProgrammeIds: guaranteed,
    },
  };
}

/** Where the API's field errors for a vacancy belong on the form, and what to say. */
export function vacancyApiFields(): Record<string, { field: string; message: string }> {
  const fields: Record<string, { field: string; message: string }> = {
    'input.title': { field: 'title', message: 'vacancyForm.errors.titleLength' },
    'input.description': { field: 'description', message: 'vacancyForm.errors.descriptionLength' },
    'input.salaryMinPence': { field: 'salaryMin', message: 'vacancyForm.errors.salaryRange' },
    'input.salaryMaxPence': { field: 'salaryMax', message: 'vacancyForm.errors.salaryRange' },
    'input.hoursPerWeek': { field: 'hours', message: 'vacancyForm.errors.hoursRange' },
    'input.positions': { field: 'positions', message: 'vacancyForm.errors.positionsRange' },
    'input.closesOn': { field: 'closes-day', message: 'vacancyForm.errors.closesOnPast' },
    'input.wardCode': { field: 'ward', message: 'vacancyForm.errors.ward' },
    'input.requirements': { field: 'skill-0', message: 'vacancyForm.errors.skillsList' },
    'input.guaranteedInterviewProgrammeIds': { field: 'guaranteed', message: 'vacancyForm.errors.guaranteed' },
  };
  for (let row = 0; row < REQUIREMENT_ROWS; row += 1) {
    fields[`input.requirements.${row}.skillId`] = { field: `skill-${row}`, message: 'vacancyForm.errors.skillsList' };
    fields[`input.requirements.${row}`] = { field: `skill-${row}`, message: 'vacancyForm.errors.skillsList' };
  }
  return fields;
}
