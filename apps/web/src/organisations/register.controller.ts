import { Controller, Get, Inject, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { fieldOf, FieldProblem, problemsFromApi, redirectWithProblems, takeForm } from '../forms/form-state';
import { OrganisationKind, RegisterOrganisationDocument } from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther, startSignedInSession } from '../session/sessions';

const KINDS: readonly OrganisationKind[] = ['EMPLOYER', 'PROVIDER'];

/** Register an employer or a training provider: the organisation and the person who will use the service for it. */
@Controller('register-organisation')
export class RegisterOrganisationController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('organisation/register')
  page(@Req() request: Request) {
    return { kinds: KINDS, form: takeForm(request, 'register-organisation') };
  }

  @Post()
  async register(@Req() request: Request, @Res() response: Response) {
    const values = {
      kind: fieldOf(request.body, 'kind'),
      organisationName: fieldOf(request.body, 'organisationName'),
      displayName: fieldOf(request.body, 'displayName'),
      email: fieldOf(request.body, 'email'),
    };
    const password = fieldOf(request.body, 'password');
    const problems: FieldProblem[] = [];
    const need = (ok: boolean, field: string, key: string) => {
      if (!ok) problems.push({ field, text: this.t(`registerOrganisation.errors.${key}`) });
    };
    need(KINDS.includes(values.kind as OrganisationKind), 'kind', 'kind');
    need(Boolean(values.organisationName), 'organisationName', 'organisationName');
    need(Boolean(values.displayName), 'displayName', 'displayName');
    need(Boolean(values.email), 'email', 'email');
    need(Boolean(password), 'password', 'password');
    const back = '/register-organisation';
    if (problems.length)
      return redirectWithProblems(request, response, 'register-organisation', values, problems, back);
    try {
      const { registerOrganisation } = await this.api.request(RegisterOrganisationDocument, {
        input: { ...values, kind: values.kind as OrganisationKind, password },
      });
      await startSignedInSession(request, {
        token: registerOrganisation.accessToken,
        displayName: registerOrganisation.user.displayName,
        expiresAt: registerOrganisation.expiresAt,
        role: registerOrganisation.user.role,
      });
      request.session.notice = { text: this.t('registerOrganisation.registered'), success: true };
      return seeOther(request, response, '/organisation');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'CONFLICT' && error.reason === 'EMAIL_TAKEN') {
        const taken = [{ field: 'email', text: this.t('createAccount.errors.emailTaken') }];
        return redirectWithProblems(request, response, 'register-organisation', values, taken, back);
      }
      if (error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(
        error,
        {
          'input.email': { field: 'email', message: 'createAccount.errors.emailFormat' },
          'input.password': { field: 'password', message: 'createAccount.errors.passwordWeak' },
          'input.displayName': { field: 'displayName', message: 'createAccount.errors.name' },
          'input.organisationName': {
            field: 'organisationName',
            message: 'registerOrganisation.errors.organisationNameLength',
          },
        },
        'organisationName',
        this.t,
      );
      return redirectWithProblems(request, response, 'register-organisation', values, fromApi, back);
    }
  }
}
