import { TFunction } from 'i18next';
import { FieldProblem } from '../forms/form-state';
import { textParam } from './search-params';

/** What was typed in find a job's salary and hours boxes, and what they ask the API for. */
export interface PayFilters {
  typed: { minSalary: string; maxHours: string };
  filter: { minSalaryPence?: number; maxHoursPerWeek?: number };
  problems: FieldProblem[];
}

/** Where the API's refusals of these filters belong on the page (the API keeps the ranges). */
export const PAY_FILTER_API_FIELDS: Record<string, { field: string; message: string }> = {
  'filter.minSalaryPence': { field: 'minSalary', message: 'searchFilters.errors.minSalary' },
  'filter.maxHoursPerWeek': { field: 'maxHours', message: 'searchFilters.errors.maxHours' },
};

/**
 * Reads the salary ("£25,000" as well as 25000) and hours boxes. Only what cannot be a number is caught here; the
 * allowed ranges are the API's (PAY_FILTER_API_FIELDS shows its refusals against the boxes).
 */
export function readPayFilters(query: Record<string, unknown>, t: TFunction): PayFilters {
  const typed = { minSalary: textParam(query, 'minSalary', 20), maxHours: textParam(query, 'maxHours', 20) };
  const filter: PayFilters['filter'] = {};
  const problems: FieldProblem[] = [];
  const pounds = typed.minSalary.replace(/[£,\s]/g, '');
  if (pounds !== '') {
    if (/^\d{1,9}(\.\d{1,2})?$/.test(pounds)) filter.minSalaryPence = Math.round(Number(pounds) * 100);
    else problems.push({ field: 'minSalary', text: t('searchFilters.errors.minSalary') });
  }
  if (typed.maxHours !== '') {
    if (/^\d{1,3}(\.\d)?$/.test(typed.maxHours)) filter.maxHoursPerWeek = Number(typed.maxHours);
    else problems.push({ field: 'maxHours', text: t('searchFilters.errors.maxHours') });
  }
  return { typed, filter, problems };
}
