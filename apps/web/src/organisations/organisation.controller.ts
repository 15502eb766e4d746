import { Controller, Get, Inject, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { tokenOf } from '../account/signed-in';
import { fieldOf, FieldProblem, problemsFromApi, redirectWithProblems, takeForm } from '../forms/form-state';
import {
  DisabilityConfidentLevel,
  MyOrganisationDocument,
  UpdateMyOrganisationDocument,
  WardsDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';

const DISABILITY_CONFIDENT: readonly DisabilityConfidentLevel[] = ['COMMITTED', 'EMPLOYER', 'LEADER'];

/**
 * Your organisation: whether a broker has verified it yet and what happens next, what it has told us, its people,
 * and a form to change the details (the ones residents see beside its jobs and courses).
 */
@Controller('organisation')
export class OrganisationController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('organisation/index')
  async page(@Req() request: Request) {
    const { me } = await this.api.request(MyOrganisationDocument, {}, tokenOf(request));
    return { me, organisation: me.organisation };
  }

  @Get('details')
  @Render('organisation/details')
  async detailsPage(@Req() request: Request) {
    const [{ me }, { wards }] = await Promise.all([
      this.api.request(MyOrganisationDocument, {}, tokenOf(request)),
      this.api.request(WardsDocument, {}),
    ]);
    const organisation = me.organisation!;
    const initial = {
      name: organisation.name,
      website: organisation.website ?? '',
      ward: organisation.ward?.code ?? '',
      realLivingWageEmployer: organisation.realLivingWageEmployer ? 'yes' : '',
      goodEmploymentCharter: organisation.goodEmploymentCharter ? 'yes' : '',
      disabilityConfident: organisation.disabilityConfident ?? 'NONE',
    };
    return {
      organisation,
      wards,
      levels: DISABILITY_CONFIDENT,
      form: takeForm(request, 'organisation-details', initial),
    };
  }

  @Post('details')
  async saveDetails(@Req() request: Request, @Res() response: Response) {
    const values = {
      name: fieldOf(request.body, 'name'),
      website: fieldOf(request.body, 'website'),
      ward: fieldOf(request.body, 'ward'),
      realLivingWageEmployer: fieldOf(request.body, 'realLivingWageEmployer'),
      goodEmploymentCharter: fieldOf(request.body, 'goodEmploymentCharter'),
      disabilityConfident: fieldOf(request.body, 'disabilityConfident'),
    };
    const back = '/organisation/details';
    const problems: FieldProblem[] = [];
    if (!values.name) problems.push({ field: 'name', text: this.t('organisation.errors.name') });
    if (problems.length) return redirectWithProblems(request, response, 'organisation-details', values, problems, back);
    const level = DISABILITY_CONFIDENT.find((one) => one === values.disabilityConfident) ?? null;
    try {
      await this.api.request(
        UpdateMyOrganisationDocument,
        {
          input: {
            name: values.name,
            website: values.website || null,
            wardCode: values.ward || null,
            realLivingWageEmployer: values.realLivingWageEmployer === 'yes',
            goodEmploymentCharter: values.goodEmploymentCharter === 'yes',
            disabilityConfident: level,
          },
        },
        tokenOf(request),
      );
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(
        error,
        {
          'input.name': { field: 'name', message: 'organisation.errors.name' },
          'input.website': { field: 'website', message: 'organisation.errors.website' },
          'input.wardCode': { field: 'ward', message: 'organisation.errors.ward' },
        },
        'name',
        this.t,
      );
      return redirectWithProblems(request, response, 'organisation-details', values, fromApi, back);
    }
    request.session.notice = { text: this.t('organisation.saved'), success: true };
    return seeOther(request, response, '/organisation');
  }
}
