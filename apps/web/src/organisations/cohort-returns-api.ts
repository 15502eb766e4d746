import { Inject, Injectable } from '@nestjs/common';
import { WEB_OPTIONS, WebOptions } from '../web-options';

/** One problem with a return, as the API names it: the spreadsheet row (null: the whole file) and the column. */
export interface ReturnProblem {
  row: number | null;
  field: string | null;
  message: string;
}

export type ReturnKind = 'learners' | 'outcomes';

export type ReturnAnswer =
  | { accepted: true; created: number; updated: number; unchanged: number }
  | { accepted: false; code: string; reason: string | null; problems: ReturnProblem[] };

/**
 * The API's CSV return routes (API.md "Transport": POST /api/cohorts/:id/learners.csv and outcomes.csv), beside the
 * GraphQL endpoint: the file goes as the provider sent it, so rows and columns are named as their spreadsheet shows
 * them, by the API's one set of rules.
 */
@Injectable()
export class CohortReturnsApi {
  constructor(@Inject(WEB_OPTIONS) private readonly options: WebOptions) {}

  async send(kind: ReturnKind, cohortId: string, csv: Buffer, token: string): Promise<ReturnAnswer> {
    const url = new URL(`/api/cohorts/${cohortId}/${kind}.csv`, this.options.apiUrl());
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}`, accept: 'application/json' },
      body: csv,
    });
    const body = (await response.json().catch(() => ({}))) as {
      created?: number;
      updated?: number;
      unchanged?: number;
      errors?: ReturnProblem[];
      error?: { code: string; reason: string | null; errors: ReturnProblem[] };
    };
    if (response.ok && body.errors?.length === 0) {
      return { accepted: true, created: body.created ?? 0, updated: body.updated ?? 0, unchanged: body.unchanged ?? 0 };
    }
    if (response.ok) return { accepted: false, code: 'BAD_USER_INPUT', reason: null, problems: body.errors ?? [] };
    const error = body.error ?? { code: 'INTERNAL_SERVER_ERROR', reason: null, errors: [] };
    return { accepted: false, code: error.code, reason: error.reason, problems: error.errors };
  }
}

/** The header row and one example row of each return's template (the columns the API reads, in snake_case). */
export const RETURN_TEMPLATES: Record<ReturnKind, string> = {
  learners:
    'learner_ref,furthest_stage,withdrawn,enquired_on,date_of_birth,ward_code,employment_status,ethnicity,gender,trans,disability,completion_date,qualifications_achieved,outcome_type,outcome_start_date,salary_pence,hours_per_week\r\n' +
    'L-0001,COMPLETED,false,2026-01-05,1990-06-15,E05011350,UNEMPLOYED,PREFER_NOT_TO_SAY,PREFER_NOT_TO_SAY,PREFER_NOT_TO_SAY,PREFER_NOT_TO_SAY,2026-04-30,Level 3 Certificate,NEW_JOB,2026-06-01,2600000,37.5\r\n',
  outcomes:
    'learner_ref,completed,completion_date,qualifications_achieved,outcome_type,outcome_start_date,salary_pence,hours_per_week\r\n' +
    'L-0001,true,2026-04-30,Level 3 Certificate,NEW_JOB,2026-06-01,2600000,37.5\r\n',
};
