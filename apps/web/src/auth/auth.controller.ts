import { Controller, Get, Inject, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { fieldOf, FieldProblem, problemsFromApi, redirectWithProblems, takeForm } from '../forms/form-state';
import { CreateAccountDocument, SignInDocument } from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { homeFor } from '../organisations/roles';
import { endSession, seeOther, Sessions, startSignedInSession } from '../session/sessions';

/** Sign in, create an account, sign out: the API issues the token, the session keeps it. */
@Controller()
export class AuthController {
  constructor(
    private readonly api: GraphQLApi,
    private readonly sessions: Sessions,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get('sign-in')
  @Render('auth/sign-in')
  signInPage(@Req() request: Request) {
    return { form: takeForm(request, 'sign-in') };
  }

  @Post('sign-in')
  async signIn(@Req() request: Request, @Res() response: Response) {
    const email = fieldOf(request.body, 'email');
    const password = fieldOf(request.body, 'password');
    const problems: FieldProblem[] = [];
    if (!email) problems.push({ field: 'email', text: this.t('signIn.errors.emailMissing') });
    if (!password) problems.push({ field: 'password', text: this.t('signIn.errors.passwordMissing') });
    if (problems.length) return redirectWithProblems(request, response, 'sign-in', { email }, problems, '/sign-in');
    try {
      const { login } = await this.api.request(SignInDocument, { input: { email, password } });
      await startSignedInSession(request, {
        token: login.accessToken,
        displayName: login.user.displayName,
        expiresAt: login.expiresAt,
        role: login.user.role,
      });
      // Each role lands on its own home: residents their account, organisations theirs, staff their work.
      return seeOther(request, response, homeFor(login.user.role));
    } catch (error) {
      if (!(error instanceof ApiError) || !['UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(error.code)) throw error;
      // One message whichever part was wrong, so the form does not reveal which emails have accounts.
      const wrong = [{ field: 'email', text: this.t('signIn.errors.wrong') }];
      return redirectWithProblems(request, response, 'sign-in', { email }, wrong, '/sign-in');
    }
  }

  @Get('create-account')
  @Render('auth/create-account')
  createAccountPage(@Req() request: Request) {
    return { form: takeForm(request, 'create-account') };
  }

  @Post('create-account')
  async createAccount(@Req() request: Request, @Res() response: Response) {
    const values = { displayName: fieldOf(request.body, 'displayName'), email: fieldOf(request.body, 'email') };
    const password = fieldOf(request.body, 'password');
    const problems: FieldProblem[] = [];
    if (!values.displayName) problems.push({ field: 'displayName', text: this.t('createAccount.errors.name') });
    if (!values.email) problems.push({ field: 'email', text: this.t('createAccount.errors.email') });
    if (!password) problems.push({ field: 'password', text: this.t('createAccount.errors.password') });
    if (problems.length)
      return redirectWithProblems(request, response, 'create-account', values, problems, '/create-account');
    try {
      const { registerResident } = await this.api.request(CreateAccountDocument, {
        input: { ...values, password },
      });
      await startSignedInSession(request, {
        token: registerResident.accessToken,
        displayName: registerResident.user.displayName,
        expiresAt: registerResident.expiresAt,
        role: registerResident.user.role,
      });
      request.session.notice = { text: this.t('createAccount.created'), success: true };
      return seeOther(request, response, '/account/profile/about');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'CONFLICT' && error.reason === 'EMAIL_TAKEN') {
        const taken = [{ field: 'email', text: this.t('createAccount.errors.emailTaken') }];
        return redirectWithProblems(request, response, 'create-account', values, taken, '/create-account');
      }
      if (error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(
        error,
        {
          'input.email': { field: 'email', message: 'createAccount.errors.emailFormat' },
          'input.password': { field: 'password', message: 'createAccount.errors.passwordWeak' },
          'input.displayName': { field: 'displayName', message: 'createAccount.errors.name' },
        },
        'email',
        this.t,
      );
      return redirectWithProblems(request, response, 'create-account', values, fromApi, '/create-account');
    }
  }

  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response) {
    await endSession(request);
    response.clearCookie(this.sessions.cookieName, { path: '/' });
    return seeOther(request, response, '/signed-out');
  }

  @Get('signed-out')
  @Render('auth/signed-out')
  signedOut() {
    return {};
  }
}
