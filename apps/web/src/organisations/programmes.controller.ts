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
import { EMPLOYMENT_STATUSES, isoDate, QUALIFICATION_LEVELS } from '../account/profile-questions';
import { SKILL_LEVELS } from '../account/skills.controller';
import { tokenOf } from '../account/signed-in';
import { describeEligibility } from '../formatting/eligibility';
import { fieldOf, FieldProblem, problemsFromApi, redirectWithProblems, takeForm } from '../forms/form-state';
import {
  CreateCohortDocument,
  CreateProgrammeDocument,
  MyProgrammesDocument,
  OwnProgrammeDocument,
  PublishProgrammeDocument,
  UpdateProgrammeDocument,
  WardsDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';
import {
  DELIVERIES,
  KINDS,
  PROGRAMME_API_FIELDS,
  programmeFromForm,
  RESIDENCIES,
  SKILL_ROWS,
  TARGET_GROUPS,
  valuesFromProgramme,
} from './programme-form';
import { SkillOptions } from './skill-options';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const COHORT_DATES = ['start', 'end', 'closes'] as const;

/**
 * A provider's courses: the list, a form to create and change one (skills taught at levels, who can apply), the
 * course page with who can apply as residents will read it, publishing, and adding cohorts (one run of the course).
 */
@Controller('organisation/programmes')
export class ProgrammesController {
  constructor(
    private readonly api: GraphQLApi,
    private readonly skills: SkillOptions,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('organisation/programmes')
  async list(@Req() request: Request) {
    const { myProgrammes } = await this.api.request(MyProgrammesDocument, {}, tokenOf(request));
    return { programmes: myProgrammes.edges.map((edge) => edge.node) };
  }

  @Get('new')
  @Render('organisation/programme-form')
  async newPage(@Req() request: Request) {
    const initial = { residency: 'ANY', fullyFunded: 'yes', cost: '0' };
    return {
      ...(await this.formChoices()),
      action: '/organisation/programmes/new',
      form: takeForm(request, 'programme-new', initial),
    };
  }

  @Post('new')
  async create(@Req() request: Request, @Res() response: Response) {
    const back = '/organisation/programmes/new';
    const { values, input, problems } = programmeFromForm(request.body, this.t);
    if (!input) return redirectWithProblems(request, response, 'programme-new', values, problems, back);
    try {
      const { createProgramme } = await this.api.request(CreateProgrammeDocument, { input }, tokenOf(request));
      request.session.notice = { text: this.t('programme.created'), success: true };
      return seeOther(request, response, `/organisation/programmes/${createProgramme.id}`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(error, PROGRAMME_API_FIELDS, 'title', this.t);
      return redirectWithProblems(request, response, 'programme-new', values, fromApi, back);
    }
  }

  @Get(':id')
  @Render('organisation/programme')
  async page(@Req() request: Request, @Param('id', uuid) id: string) {
    const programme = await this.own(request, id);
    return {
      programme,
      eligibility: describeEligibility(programme.eligibility, this.t),
      cohorts: programme.cohorts.edges.map((edge) => edge.node),
      form: takeForm(request, `cohort-new-${id}`),
    };
  }

  @Get(':id/edit')
  @Render('organisation/programme-form')
  async editPage(@Req() request: Request, @Param('id', uuid) id: string) {
    const programme = await this.own(request, id);
    return {
      ...(await this.formChoices()),
      programme,
      action: `/organisation/programmes/${id}/edit`,
      form: takeForm(request, `programme-${id}`, valuesFromProgramme(programme)),
    };
  }

  @Post(':id/edit')
  async update(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    const back = `/organisation/programmes/${id}/edit`;
    const { values, input, problems } = programmeFromForm(request.body, this.t);
    if (!input) return redirectWithProblems(request, response, `programme-${id}`, values, problems, back);
    try {
      // The kind of a course is fixed once it exists (UpdateProgrammeInput has no kind); the rest may change.
      const { kind: _kind, ...changes } = input;
      await this.api.request(UpdateProgrammeDocument, { id, input: changes }, tokenOf(request));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(error, PROGRAMME_API_FIELDS, 'title', this.t);
      return redirectWithProblems(request, response, `programme-${id}`, values, fromApi, back);
    }
    request.session.notice = { text: this.t('vacancy.saved'), success: true };
    return seeOther(request, response, `/organisation/programmes/${id}`);
  }

  @Post(':id/publish')
  async publish(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    try {
      await this.api.request(PublishProgrammeDocument, { id }, tokenOf(request));
      request.session.notice = { text: this.t('programme.published'), success: true };
    } catch (error) {
      if (!(error instanceof ApiError) || !['FORBIDDEN', 'CONFLICT'].includes(error.code)) throw error;
      const text = this.t(`programme.refused.${error.reason ?? 'OTHER'}`, {
        defaultValue: this.t('vacancy.refused.OTHER'),
      });
      request.session.notice = { text, success: false };
    }
    return seeOther(request, response, `/organisation/programmes/${id}`);
  }

  @Post(':id/cohorts')
  async addCohort(@Req() request: Request, @Res() response: Response, @Param('id', uuid) programmeId: string) {
    const back = `/organisation/programmes/${programmeId}#new-cohort`;
    const form = `cohort-new-${programmeId}`;
    const values: Record<string, string> = { capacity: fieldOf(request.body, 'capacity') };
    const dates: Partial<Record<(typeof COHORT_DATES)[number], string>> = {};
    const problems: FieldProblem[] = [];
    for (const name of COHORT_DATES) {
      for (const part of ['day', 'month', 'year']) values[`${name}-${part}`] = fieldOf(request.body, `${name}-${part}`);
      dates[name] = isoDate(values[`${name}-day`], values[`${name}-month`], values[`${name}-year`]);
      if (!dates[name]) problems.push({ field: `${name}-day`, text: this.t(`cohortForm.errors.${name}`) });
    }
    const capacity = Number(values.capacity);
    if (!/^\d+$/.test(values.capacity))
      problems.push({ field: 'capacity', text: this.t('cohortForm.errors.capacity') });
    if (problems.length) return redirectWithProblems(request, response, form, values, problems, back);
    try {
      const input = {
        programmeId,
        startDate: dates.start!,
        endDate: dates.end!,
        applicationsCloseOn: dates.closes!,
        capacity,
      };
      const { createCohort } = await this.api.request(CreateCohortDocument, { input }, tokenOf(request));
      request.session.notice = { text: this.t('cohort.created'), success: true };
      return seeOther(request, response, `/organisation/cohorts/${createCohort.id}`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(
        error,
        {
          'input.startDate': { field: 'start-day', message: 'cohortForm.errors.startRange' },
          'input.endDate': { field: 'end-day', message: 'cohortForm.errors.endAfterStart' },
          'input.applicationsCloseOn': { field: 'closes-day', message: 'cohortForm.errors.closesBeforeStart' },
          'input.capacity': { field: 'capacity', message: 'cohortForm.errors.capacityRange' },
        },
        'start-day',
        this.t,
      );
      return redirectWithProblems(request, response, form, values, fromApi, back);
    }
  }

  private async own(request: Request, id: string) {
    const { programme, me } = await this.api.request(OwnProgrammeDocument, { id }, tokenOf(request));
    // Another provider's published course is public, but not this provider's to manage.
    if (!programme || programme.provider.id !== me.organisation?.id) throw new NotFoundException();
    return programme;
  }

  private async formChoices() {
    const [skills, { wards }] = await Promise.all([this.skills.all(), this.api.request(WardsDocument, {})]);
    return {
      skills,
      wards,
      kinds: KINDS,
      deliveries: DELIVERIES,
      residencies: RESIDENCIES,
      targetGroups: TARGET_GROUPS,
      employmentStatuses: EMPLOYMENT_STATUSES,
      qualificationLevels: QUALIFICATION_LEVELS.filter((level) => level !== '0'),
      levels: SKILL_LEVELS,
      rows: [...Array(SKILL_ROWS).keys()],
    };
  }
}
