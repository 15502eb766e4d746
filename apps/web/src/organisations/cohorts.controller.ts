import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { isoDate } from '../account/profile-questions';
import { tokenOf } from '../account/signed-in';
import { fieldOf, FieldProblem, redirectWithProblems, takeForm } from '../forms/form-state';
import {
  CancelCohortDocument,
  CohortLearnersDocument,
  EnrolmentStatus,
  OfferPlaceDocument,
  OutcomeType,
  OwnCohortDocument,
  RecordCompletionDocument,
  RejectEnrolmentDocument,
  ReportOutcomeDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';
import { penceFromPounds } from './vacancy-form';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** Learners are listed by stage, in the order a learner moves through them. */
const STAGES: readonly EnrolmentStatus[] = [
  'ENQUIRED',
  'APPLIED',
  'OFFERED',
  'ENROLLED',
  'COMPLETED',
  'WITHDRAWN',
  'REJECTED',
];
export const OUTCOME_TYPES: readonly OutcomeType[] = [
  'NEW_JOB',
  'APPRENTICESHIP',
  'NEW_ROLE_WITH_EMPLOYER',
  'INCREASED_RESPONSIBILITIES',
  'SELF_EMPLOYMENT',
  'FURTHER_LEARNING',
];

/**
 * One cohort (one run of a course) for its provider: its dates and places, cancelling it, and its learners by stage
 * with what can happen next to each: offer a place or turn down an application, record whether they finished, and
 * what they went on to.
 */
@Controller('organisation/cohorts')
export class CohortsController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get(':id')
  @Render('organisation/cohort')
  async page(@Req() request: Request, @Param('id', uuid) id: string) {
    const token = tokenOf(request);
    const [{ cohort, me }, { cohortEnrolments }] = await Promise.all([
      this.api.request(OwnCohortDocument, { id }, token),
      this.api.request(CohortLearnersDocument, { cohortId: id }, token),
    ]);
    // Another provider's cohort is public, but not this provider's to manage.
    if (!cohort || cohort.programme.provider.id !== me.organisation?.id) throw new NotFoundException();
    const learners = cohortEnrolments.edges.map((edge) => edge.node);
    const stages = STAGES.map((status) => ({
      status,
      learners: learners.filter((learner) => learner.status === status),
    })).filter((stage) => stage.learners.length > 0);
    return {
      cohort,
      stages,
      total: cohortEnrolments.totalCount,
      outcomeTypes: OUTCOME_TYPES,
      form: takeForm(request, `cohort-${id}`),
    };
  }

  @Post(':id/cancel')
  cancel(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    return this.act(request, response, id, null, 'cohort.cancelled', () =>
      this.api.request(CancelCohortDocument, { id }, tokenOf(request)),
    );
  }

  @Post(':id/learners/:enrolmentId/offer')
  offer(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', uuid) id: string,
    @Param('enrolmentId', uuid) enrolmentId: string,
  ) {
    return this.act(request, response, id, enrolmentId, 'cohort.offered', () =>
      this.api.request(OfferPlaceDocument, { enrolmentId }, tokenOf(request)),
    );
  }

  @Post(':id/learners/:enrolmentId/reject')
  reject(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', uuid) id: string,
    @Param('enrolmentId', uuid) enrolmentId: string,
  ) {
    const reason = fieldOf(request.body, 'reason');
    const field = `reason-${enrolmentId}`;
    if (!reason) return this.problem(request, response, id, [{ field, text: this.t('cohort.errors.reason') }]);
    return this.act(request, response, id, enrolmentId, 'cohort.rejected', () =>
      this.api.request(RejectEnrolmentDocument, { enrolmentId, reason }, tokenOf(request)),
    );
  }

  @Post(':id/learners/:enrolmentId/completion')
  completion(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', uuid) id: string,
    @Param('enrolmentId', uuid) enrolmentId: string,
  ) {
    const completed = fieldOf(request.body, 'completed');
    const date = isoDate(fieldOf(request.body, 'day'), fieldOf(request.body, 'month'), fieldOf(request.body, 'year'));
    const problems: FieldProblem[] = [];
    if (!['yes', 'no'].includes(completed))
      problems.push({ field: `completed-${enrolmentId}`, text: this.t('cohort.errors.completed') });
    if (!date) problems.push({ field: `completion-${enrolmentId}`, text: this.t('cohort.errors.completionDate') });
    if (problems.length) return this.problem(request, response, id, problems);
    return this.act(request, response, id, enrolmentId, 'cohort.completionRecorded', () =>
      this.api.request(
        RecordCompletionDocument,
        { enrolmentId, completed: completed === 'yes', completionDate: date! },
        tokenOf(request),
      ),
    );
  }

  @Post(':id/learners/:enrolmentId/outcome')
  outcome(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', uuid) id: string,
    @Param('enrolmentId', uuid) enrolmentId: string,
  ) {
    const type = fieldOf(request.body, 'type') as OutcomeType;
    const startDate = isoDate(
      fieldOf(request.body, 'day'),
      fieldOf(request.body, 'month'),
      fieldOf(request.body, 'year'),
    );
    const salaryText = fieldOf(request.body, 'salary');
    const hoursText = fieldOf(request.body, 'hours');
    const salaryPence = salaryText ? penceFromPounds(salaryText) : null;
    const hoursPerWeek = hoursText ? Number(hoursText) : null;
    const problems: FieldProblem[] = [];
    if (!OUTCOME_TYPES.includes(type))
      problems.push({ field: `type-${enrolmentId}`, text: this.t('cohort.errors.outcomeType') });
    if (!startDate) problems.push({ field: `outcome-${enrolmentId}`, text: this.t('cohort.errors.outcomeDate') });
    if (salaryPence === undefined)
      problems.push({ field: `salary-${enrolmentId}`, text: this.t('vacancyForm.errors.salaryMin') });
    if (hoursPerWeek !== null && !Number.isFinite(hoursPerWeek))
      problems.push({ field: `hours-${enrolmentId}`, text: this.t('vacancyForm.errors.hours') });
    if (problems.length) return this.problem(request, response, id, problems);
    return this.act(request, response, id, enrolmentId, 'cohort.outcomeRecorded', () =>
      this.api.request(
        ReportOutcomeDocument,
        { input: { enrolmentId, type, startDate: startDate!, salaryPence, hoursPerWeek } },
        tokenOf(request),
      ),
    );
  }

  private problem(request: Request, response: Response, id: string, problems: FieldProblem[]) {
    return redirectWithProblems(request, response, `cohort-${id}`, {}, problems, `/organisation/cohorts/${id}`);
  }

  /** Does one thing to the cohort or a learner; the API's refusal is shown against the learner, in words. */
  private async act(
    request: Request,
    response: Response,
    id: string,
    enrolmentId: string | null,
    done: string,
    action: () => Promise<unknown>,
  ) {
    try {
      await action();
    } catch (error) {
      if (!(error instanceof ApiError) || !['CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(error.code))
        throw error;
      const reason = error.code === 'BAD_USER_INPUT' ? 'BAD_DATE' : (error.reason ?? 'OTHER');
      const text = this.t(`cohort.refused.${reason}`, { defaultValue: this.t('vacancy.refused.OTHER') });
      const field = enrolmentId ? `learner-${enrolmentId}` : 'cohort';
      return this.problem(request, response, id, [{ field, text }]);
    }
    request.session.notice = { text: this.t(done), success: true };
    return seeOther(request, response, `/organisation/cohorts/${id}`);
  }
}
