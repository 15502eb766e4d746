import { Controller, Get, Inject, Param, ParseUUIDPipe, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { fieldOf, redirectWithProblems } from '../forms/form-state';
import {
  AcceptPlaceDocument,
  ApplyToCohortDocument,
  ApplyToVacancyDocument,
  EnquireAboutCohortDocument,
  MyApplicationsDocument,
  WithdrawApplicationDocument,
  WithdrawEnrolmentDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { tokenOf } from './signed-in';
import { seeOther } from '../session/sessions';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** Statuses after which nothing more can happen, so there is nothing to withdraw. */
const FINAL = ['COMPLETED', 'WITHDRAWN', 'REJECTED', 'HIRED', 'UNSUCCESSFUL'];

/**
 * Your applications: course enquiries and applications, job applications, their status, and what you can do next
 * (accept an offered place, withdraw). Each action is a POST that redirects back with a one-line confirmation, or
 * with what stopped it (the course is full, applications have closed, ...) in plain words.
 */
@Controller('account')
export class ApplicationsController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get('applications')
  @Render('account/applications')
  async list(@Req() request: Request) {
    const { myApplications, myEnrolments } = await this.api.request(MyApplicationsDocument, {}, tokenOf(request));
    return {
      enrolments: myEnrolments.edges.map((edge) => ({ ...edge.node, final: FINAL.includes(edge.node.status) })),
      applications: myApplications.edges.map((edge) => ({ ...edge.node, final: FINAL.includes(edge.node.status) })),
    };
  }

  @Post('cohorts/:id/apply')
  applyToCohort(@Req() request: Request, @Res() response: Response, @Param('id', uuid) cohortId: string) {
    return this.act(request, response, 'applications.applied', () =>
      this.api.request(ApplyToCohortDocument, { cohortId }, tokenOf(request)),
    );
  }

  @Post('cohorts/:id/enquire')
  enquire(@Req() request: Request, @Res() response: Response, @Param('id', uuid) cohortId: string) {
    return this.act(request, response, 'applications.enquired', () =>
      this.api.request(EnquireAboutCohortDocument, { cohortId }, tokenOf(request)),
    );
  }

  @Post('enrolments/:id/accept')
  accept(@Req() request: Request, @Res() response: Response, @Param('id', uuid) enrolmentId: string) {
    return this.act(request, response, 'applications.accepted', () =>
      this.api.request(AcceptPlaceDocument, { enrolmentId }, tokenOf(request)),
    );
  }

  @Post('enrolments/:id/withdraw')
  withdrawEnrolment(@Req() request: Request, @Res() response: Response, @Param('id', uuid) enrolmentId: string) {
    return this.act(request, response, 'applications.withdrawn', () =>
      this.api.request(WithdrawEnrolmentDocument, { enrolmentId }, tokenOf(request)),
    );
  }

  @Post('applications/:id/withdraw')
  withdrawApplication(@Req() request: Request, @Res() response: Response, @Param('id', uuid) applicationId: string) {
    return this.act(request, response, 'applications.withdrawn', () =>
      this.api.request(WithdrawApplicationDocument, { applicationId }, tokenOf(request)),
    );
  }

  @Post('jobs/:id/apply')
  async applyToJob(@Req() request: Request, @Res() response: Response, @Param('id', uuid) vacancyId: string) {
    const coverNote = fieldOf(request.body, 'coverNote');
    // The Disability Confident request and adjustments (docs/web.md): the request is only offered by employers in the
    // scheme; the adjustments reach the employer once they invite the resident to interview.
    const disabilityConfident = fieldOf(request.body, 'disabilityConfident');
    const adjustments = fieldOf(request.body, 'adjustments');
    try {
      await this.api.request(
        ApplyToVacancyDocument,
        {
          vacancyId,
          coverNote: coverNote || undefined,
          disabilityConfidentInterview: disabilityConfident === 'yes',
          adjustments: adjustments || undefined,
        },
        tokenOf(request),
      );
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT')
        return this.refused(request, response, error);
      const problems = [{ field: 'coverNote', text: this.t('applications.errors.coverNote') }];
      return redirectWithProblems(
        request,
        response,
        `apply-${vacancyId}`,
        { coverNote, disabilityConfident, adjustments },
        problems,
        `/jobs/${vacancyId}`,
      );
    }
    request.session.notice = { text: this.t('applications.appliedToJob'), success: true };
    return seeOther(request, response, '/account/applications');
  }

  private async act(request: Request, response: Response, done: string, action: () => Promise<unknown>) {
    try {
      await action();
    } catch (error) {
      return this.refused(request, response, error);
    }
    request.session.notice = { text: this.t(done), success: true };
    return seeOther(request, response, '/account/applications');
  }

  /** The API refused for a reason the person can understand (full, closed, not eligible, ...): say it. */
  private refused(request: Request, response: Response, error: unknown) {
    if (!(error instanceof ApiError) || !['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(error.code)) throw error;
    const text = this.t(`applications.refused.${error.reason ?? 'OTHER'}`, {
      defaultValue: this.t('applications.refused.OTHER'),
    });
    request.session.notice = { text, success: false };
    return seeOther(request, response, '/account/applications');
  }
}
