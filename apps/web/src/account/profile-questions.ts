import { TFunction } from 'i18next';
import { FieldProblem, fieldOf } from '../forms/form-state';
import { ProfileAnswersFragment, ResidentProfileInput } from '../graphql/generated';

/** The profile's question pages, in the order a new resident answers them; check your answers comes after. */
export const PROFILE_PAGES = ['about', 'where', 'situation', 'digital'] as const;
/**
 * Optional pages reached from check your answers and the match pages, not in the first run through (so a new resident
 * gets to their matches sooner): the work they are interested in.
 */
export const OPTIONAL_PROFILE_PAGES = ['interests'] as const;
export type ProfilePage = (typeof PROFILE_PAGES)[number] | (typeof OPTIONAL_PROFILE_PAGES)[number];

/** When in the week a resident is free (TimeSlot), asked on the situation page. */
export const TIME_SLOTS = ['DAYTIME', 'SCHOOL_HOURS', 'EVENINGS', 'WEEKENDS'] as const;
type TimeSlot = (typeof TIME_SLOTS)[number];

/** A checkbox per choice, each its own field (`time-EVENINGS`, `interest-3`), so form values stay plain strings. */
export const timeField = (slot: string) => `time-${slot}`;
export const interestField = (index: number) => `interest-${index}`;

export const QUALIFICATION_LEVELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
export const TRAVEL_KM = ['2', '5', '10', '20', '50'] as const;
export const EMPLOYMENT_STATUSES = [
  'UNEMPLOYED',
  'EMPLOYED_LOW_PAID',
  'EMPLOYED',
  'SELF_EMPLOYED',
  'IN_EDUCATION',
  'ECONOMICALLY_INACTIVE',
] as const;
/** The two answers to "your ward" for people who do not live in one of Manchester's 32 wards. */
export const ELSEWHERE_IN_GREATER_MANCHESTER = 'greater-manchester';
export const OUTSIDE_GREATER_MANCHESTER = 'outside';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The form values a page starts with: the resident's current answers. */
export function valuesFromProfile(
  profile: ProfileAnswersFragment,
  categories: readonly string[] = [],
): Record<string, string> {
  const times = Object.fromEntries(
    TIME_SLOTS.map((slot) => [timeField(slot), profile.availableTimes.includes(slot) ? 'yes' : '']),
  );
  const interests = Object.fromEntries(
    categories.map((category, index) => [interestField(index), profile.interests.includes(category) ? 'yes' : '']),
  );
  const [year = '', month = '', day = ''] = profile.dateOfBirth?.split('-') ?? [];
  const ward = profile.ward?.code ?? (profile.livesInGreaterManchester ? ELSEWHERE_IN_GREATER_MANCHESTER : '');
  return {
    'dob-day': day ? String(Number(day)) : '',
    'dob-month': month ? String(Number(month)) : '',
    'dob-year': year,
    qualification: profile.highestQualificationLevel?.toString() ?? '',
    ward,
    travel: profile.maxTravelKm?.toString() ?? '',
    employment: profile.employmentStatus ?? '',
    hours: profile.hoursAvailablePerWeek?.toString() ?? '',
    device: profile.digitalAccess.hasDevice ? 'yes' : '',
    internet: profile.digitalAccess.hasHomeInternet ? 'yes' : '',
    share: yesNo(profile.shareProfileWithEmployers),
    ...times,
    ...interests,
  };
}

/**
 * A page's answers as the API's profile input, or the problems that stop it being sent. Only what a person cannot
 * have meant is caught here (an empty required answer, a date that does not exist); the API checks the rest.
 */
export function inputFromAnswers(
  page: ProfilePage,
  body: unknown,
  wardCodes: readonly string[],
  t: TFunction,
  categories: readonly string[] = [],
): { values: Record<string, string>; input?: ResidentProfileInput; problems: FieldProblem[] } {
  const names: Record<ProfilePage, string[]> = {
    about: ['dob-day', 'dob-month', 'dob-year', 'qualification'],
    where: ['ward', 'travel'],
    situation: ['employment', 'hours', ...TIME_SLOTS.map(timeField)],
    digital: ['device', 'internet', 'share'],
    interests: categories.map((_, index) => interestField(index)),
  };
  const values = Object.fromEntries(names[page].map((name) => [name, fieldOf(body, name)]));
  const problems: FieldProblem[] = [];
  const need = (field: string, ok: boolean, message: string) => {
    if (!ok) problems.push({ field, text: t(message) });
  };
  let input: ResidentProfileInput = {};

  if (page === 'about') {
    const dateOfBirth = isoDate(values['dob-day'], values['dob-month'], values['dob-year']);
    need('dob-day', dateOfBirth !== undefined, 'profile.errors.dateOfBirth');
    need(
      'qualification',
      (QUALIFICATION_LEVELS as readonly string[]).includes(values.qualification),
      'profile.errors.qualification',
    );
    input = { dateOfBirth, highestQualificationLevel: Number(values.qualification) };
  } else if (page === 'where') {
    const inManchester = wardCodes.includes(values.ward);
    const elsewhere = [ELSEWHERE_IN_GREATER_MANCHESTER, OUTSIDE_GREATER_MANCHESTER].includes(values.ward);
    need('ward', inManchester || elsewhere, 'profile.errors.ward');
    need('travel', (TRAVEL_KM as readonly string[]).includes(values.travel), 'profile.errors.travel');
    input = {
      wardCode: inManchester ? values.ward : null,
      // Every Manchester ward is in Greater Manchester, so that question is only asked of people outside the city.
      livesInGreaterManchester: inManchester || values.ward === ELSEWHERE_IN_GREATER_MANCHESTER,
      maxTravelKm: Number(values.travel),
    };
  } else if (page === 'situation') {
    need(
      'employment',
      (EMPLOYMENT_STATUSES as readonly string[]).includes(values.employment),
      'profile.errors.employment',
    );
    const hours = values.hours === '' ? null : Number(values.hours);
    need('hours', hours === null || Number.isInteger(hours), 'profile.errors.hours');
    input = {
      employmentStatus: values.employment as (typeof EMPLOYMENT_STATUSES)[number],
      hoursAvailablePerWeek: hours,
      availableTimes: TIME_SLOTS.filter((slot) => values[timeField(slot)] === 'yes') as TimeSlot[],
    };
  } else if (page === 'interests') {
    input = { interests: categories.filter((_, index) => values[interestField(index)] === 'yes') };
  } else {
    need('share', ['yes', 'no'].includes(values.share), 'profile.errors.share');
    input = {
      hasDevice: values.device === 'yes',
      hasHomeInternet: values.internet === 'yes',
      shareProfileWithEmployers: values.share === 'yes',
    };
  }
  return problems.length ? { values, problems } : { values, input, problems };
}

/** Day, month and year as typed, as an ISO date, or undefined when they do not make a real date. */
export function isoDate(day: string, month: string, year: string): string | undefined {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Where the API's field errors for the profile belong on the question pages, and what to say. */
export const PROFILE_API_FIELDS: Record<string, { field: string; message: string }> = {
  'input.dateOfBirth': { field: 'dob-day', message: 'profile.errors.dateOfBirthAge' },
  'input.highestQualificationLevel': { field: 'qualification', message: 'profile.errors.qualification' },
  'input.wardCode': { field: 'ward', message: 'profile.errors.ward' },
  'input.maxTravelKm': { field: 'travel', message: 'profile.errors.travel' },
  'input.hoursAvailablePerWeek': { field: 'hours', message: 'profile.errors.hours' },
  'input.employmentStatus': { field: 'employment', message: 'profile.errors.employment' },
  'input.availableTimes': { field: timeField(TIME_SLOTS[0]), message: 'fit.errors.times' },
  'input.interests': { field: interestField(0), message: 'fit.errors.interests' },
};
