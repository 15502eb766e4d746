import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { ApiError } from '../graphql/graphql-api';
import { seeOther } from '../session/sessions';

/** Something wrong with one field of a form, in words for the person filling it in. */
export interface FieldProblem {
  field: string;
  text: string;
}

/** What a view needs to draw a form: the values to show, and the GOV.UK error summary and inline messages. */
export interface FormView {
  values: Record<string, string>;
  hasErrors: boolean;
  errorList: { text: string; href: string }[];
  errors: Record<string, { text: string }>;
}

/**
 * A failed POST keeps what was typed and what was wrong in the session and redirects to the form's page
 * (POST-redirect-GET), which shows it once. Passwords are never kept: callers leave them out of `values`.
 */
export function redirectWithProblems(
  request: Request,
  response: Response,
  form: string,
  values: Record<string, string>,
  problems: FieldProblem[],
  to: string,
): void {
  request.session.forms = { ...request.session.forms, [form]: { values, errors: problems } };
  seeOther(request, response, to);
}

/** The state a failed POST left for this form (taken once), or the given starting values. */
export function takeForm(request: Request, form: string, initial: Record<string, string> = {}): FormView {
  const kept = request.session.forms?.[form];
  if (kept) {
    delete request.session.forms![form];
  }
  return formView(kept?.values ?? initial, kept?.errors ?? []);
}

/** A form's values and problems as the view draws them (also for GET search forms, which keep nothing in the session). */
export function formView(values: Record<string, string>, problems: FieldProblem[]): FormView {
  return {
    values,
    hasErrors: problems.length > 0,
    errorList: problems.map((problem) => ({ text: problem.text, href: `#${problem.field}` })),
    errors: Object.fromEntries(problems.map((problem) => [problem.field, { text: problem.text }])),
  };
}

/**
 * The API's field errors as problems with this form's fields. `fields` maps an API path (`input.email`) to the
 * form field and the catalogue key of the plain-English message; a path it does not know is shown against
 * `fallbackField` with the generic message, so nothing the API refuses is ever hidden.
 */
export function problemsFromApi(
  error: ApiError,
  fields: Record<string, { field: string; message: string }>,
  fallbackField: string,
  t: TFunction,
): FieldProblem[] {
  const problems = error.fieldErrors.map((fieldError) => {
    const known = fields[fieldError.path];
    return known
      ? { field: known.field, text: t(known.message) }
      : { field: fallbackField, text: t('errors.checkAnswer') };
  });
  const unique = new Map(problems.map((problem) => [problem.field, problem]));
  // A refusal that names no field still has to be shown, or the form would come back as if nothing had happened.
  if (unique.size === 0) return [{ field: fallbackField, text: t('errors.checkAnswer') }];
  return [...unique.values()];
}

/** A form field's value as one trimmed string (a repeated field gives its first value). */
export function fieldOf(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}
