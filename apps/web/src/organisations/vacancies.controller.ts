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
import { SKILL_LEVELS } from '../account/skills.controller';
import { tokenOf } from '../account/signed-in';
import { fieldOf, problemsFromApi, redirectWithProblems, takeForm } from '../forms/form-state';
import {
  AdvanceApplicationDocument,
  ApplicationStatus,
  CloseVacancyDocument,
  CreateVacancyDocument,
  MyVacanciesDocument,
  OpenVacancyDocument,
  OwnVacancyDocument,
  PublishedProgrammesDocument,
  RealLivingWageDocument,
  UpdateVacancyDocument,
  VacancyApplicationsDocument,
  VacancyCandidatesDocument,
  WardsDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';
import { SkillOptions } from './skill-options';
import {
  CONTRACTS,
  inputFromForm,
  REQUIREMENT_ROWS,
  vacancyApiFields,
  valuesFromVacancy,
  WORKPLACES,
} from './vacancy-form';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** The order applications are listed in, by status: the ones waiting for the employer first. */
const STATUS_ORDER: readonly ApplicationStatus[] = [
  'APPLIED',
  'SHORTLISTED',
  'INTERVIEWING',
  'OFFERED',
  'HIRED',
  'REJECTED',
  'WITHDRAWN',
  'UNSUCCESSFUL',
];
/** What an employer can do next with an application at each status (API.md "Application"). */
const NEXT_STEPS: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  APPLIED: ['SHORTLISTED', 'REJECTED'],
  SHORTLISTED: ['INTERVIEWING', 'REJECTED'],
  INTERVIEWING: ['OFFERED', 'REJECTED'],
  OFFERED: ['HIRED', 'REJECTED'],
};
const MOVES = new Set(Object.values(NEXT_STEPS).flat());

/**
 * An employer's vacancies: the list, a form to create and change one (skills at levels, pay and hours beside the
 * Real Living Wage), opening and closing, the blind candidates ranked by fit with the reason for each skill, and
 * the applications by status with their fit, moved on from shortlist to hire. The API's refusals (a guaranteed
 * interview, a filled vacancy, an organisation not yet verified) are shown as GOV.UK errors.
 */
@Controller('organisation/vacancies')
export class VacanciesController {
  constructor(
    private readonly api: GraphQLApi,
    private readonly skills: SkillOptions,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('organisation/vacancies')
  async list(@Req() request: Request) {
    const { myVacancies } = await this.api.request(MyVacanciesDocument, {}, tokenOf(request));
    return { vacancies: myVacancies.edges.map((edge) => edge.node), total: myVacancies.totalCount };
  }

  @Get('new')
  @Render('organisation/vacancy-form')
  async newPage(@Req() request: Request) {
    return {
      ...(await this.formChoices()),
      action: '/organisation/vacancies/new',
      form: takeForm(request, 'vacancy-new', { positions: '1' }),
    };
  }

  @Post('new')
  async create(@Req() request: Request, @Res() response: Response) {
    const back = '/organisation/vacancies/new';
    const { values, input, problems } = inputFromForm(request.body, this.t);
    if (!input) return redirectWithProblems(request, response, 'vacancy-new', values, problems, back);
    try {
      const { createVacancy } = await this.api.request(CreateVacancyDocument, { input }, tokenOf(request));
      request.session.notice = { text: this.t('vacancy.created'), success: true };
      return seeOther(request, response, `/organisation/vacancies/${createVacancy.id}`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(error, vacancyApiFields(), 'title', this.t);
      return redirectWithProblems(request, response, 'vacancy-new', values, fromApi, back);
    }
  }

  @Get(':id')
  @Render('organisation/vacancy')
  async page(@Req() request: Request, @Param('id', uuid) id: string) {
    const { vacancy, realLivingWageHourlyPence } = await this.own(request, id);
    return { vacancy, realLivingWageHourlyPence };
  }

  @Get(':id/edit')
  @Render('organisation/vacancy-form')
  async editPage(@Req() request: Request, @Param('id', uuid) id: string) {
    const { vacancy } = await this.own(request, id);
    return {
      ...(await this.formChoices()),
      vacancy,
      action: `/organisation/vacancies/${id}/edit`,
      form: takeForm(request, `vacancy-${id}`, valuesFromVacancy(vacancy)),
    };
  }

  @Post(':id/edit')
  async update(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    const back = `/organisation/vacancies/${id}/edit`;
    const { values, input, problems } = inputFromForm(request.body, this.t);
    if (!input) return redirectWithProblems(request, response, `vacancy-${id}`, values, problems, back);
    try {
      await this.api.request(UpdateVacancyDocument, { id, input }, tokenOf(request));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(error, vacancyApiFields(), 'title', this.t);
      return redirectWithProblems(request, response, `vacancy-${id}`, values, fromApi, back);
    }
    request.session.notice = { text: this.t('vacancy.saved'), success: true };
    return seeOther(request, response, `/organisation/vacancies/${id}`);
  }

  @Post(':id/open')
  open(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    return this.statusChange(request, response, id, 'vacancy.opened', () =>
      this.api.request(OpenVacancyDocument, { id }, tokenOf(request)),
    );
  }

  @Post(':id/close')
  close(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    return this.statusChange(request, response, id, 'vacancy.closed', () =>
      this.api.request(CloseVacancyDocument, { id }, tokenOf(request)),
    );
  }

  @Get(':id/candidates')
  @Render('organisation/candidates')
  async candidates(@Req() request: Request, @Param('id', uuid) id: string) {
    const { vacancy } = await this.own(request, id);
    const { vacancyCandidates } = await this.api.request(
      VacancyCandidatesDocument,
      { vacancyId: id },
      tokenOf(request),
    );
    return { vacancy, candidates: vacancyCandidates };
  }

  @Get(':id/applications')
  @Render('organisation/applications')
  async applications(@Req() request: Request, @Param('id', uuid) id: string) {
    const { vacancy } = await this.own(request, id);
    const { vacancyApplications } = await this.api.request(
      VacancyApplicationsDocument,
      { vacancyId: id },
      tokenOf(request),
    );
    const all = vacancyApplications.edges.map((edge) => ({
      ...edge.node,
      nextSteps: NEXT_STEPS[edge.node.status] ?? [],
    }));
    const groups = STATUS_ORDER.map((status) => ({
      status,
      applications: all
        .filter((application) => application.status === status)
        .sort((a, b) => (b.fit?.score ?? 0) - (a.fit?.score ?? 0)),
    })).filter((group) => group.applications.length > 0);
    return { vacancy, groups, total: vacancyApplications.totalCount, form: takeForm(request, `applications-${id}`) };
  }

  @Post(':id/applications/:applicationId')
  async advance(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', uuid) id: string,
    @Param('applicationId', uuid) applicationId: string,
  ) {
    const to = fieldOf(request.body, 'to') as ApplicationStatus;
    const back = `/organisation/vacancies/${id}/applications`;
    if (!MOVES.has(to)) throw new NotFoundException();
    try {
      await this.api.request(AdvanceApplicationDocument, { applicationId, to }, tokenOf(request));
    } catch (error) {
      if (!(error instanceof ApiError) || !['CONFLICT', 'FORBIDDEN'].includes(error.code)) throw error;
      const text = this.t(`vacancy.refused.${error.reason ?? 'OTHER'}`, {
        defaultValue: this.t('vacancy.refused.OTHER'),
      });
      const problems = [{ field: `application-${applicationId}`, text }];
      return redirectWithProblems(request, response, `applications-${id}`, {}, problems, back);
    }
    request.session.notice = { text: this.t(`vacancy.moved.${to}`), success: true };
    return seeOther(request, response, back);
  }

  /** The caller's own vacancy, or a 404 (for another employer's, as the API answers NOT_FOUND). */
  private async own(request: Request, id: string) {
    const found = await this.api.request(OwnVacancyDocument, { id }, tokenOf(request));
    // Another employer's open vacancy is public, but not this employer's to manage.
    if (!found.vacancy || found.vacancy.employer.id !== found.me.organisation?.id) throw new NotFoundException();
    return { vacancy: found.vacancy, realLivingWageHourlyPence: found.realLivingWageHourlyPence };
  }

  private async formChoices() {
    const [skills, { wards }, { programmes }, { realLivingWageHourlyPence }] = await Promise.all([
      this.skills.all(),
      this.api.request(WardsDocument, {}),
      this.api.request(PublishedProgrammesDocument, {}),
      this.api.request(RealLivingWageDocument, {}),
    ]);
    return {
      skills,
      wards,
      programmes: programmes.edges.map((edge) => edge.node),
      realLivingWageHourlyPence,
      levels: SKILL_LEVELS,
      contracts: CONTRACTS,
      workplaces: WORKPLACES,
      rows: [...Array(REQUIREMENT_ROWS).keys()],
    };
  }

  private async statusChange(
    request: Request,
    response: Response,
    id: string,
    done: string,
    action: () => Promise<unknown>,
  ) {
    try {
      await action();
      request.session.notice = { text: this.t(done), success: true };
    } catch (error) {
      if (!(error instanceof ApiError) || !['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(error.code))
        throw error;
      const reason = error.code === 'BAD_USER_INPUT' ? 'CLOSING_DATE_PASSED' : (error.reason ?? 'OTHER');
      const text = this.t(`vacancy.refused.${reason}`, { defaultValue: this.t('vacancy.refused.OTHER') });
      request.session.notice = { text, success: false };
    }
    return seeOther(request, response, `/organisation/vacancies/${id}`);
  }
}
