import { Controller, Get, Inject, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { fieldOf, redirectWithProblems, takeForm } from '../forms/form-state';
import { DeleteMyAccountDocument, ExportMyDataDocument } from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { endSession, seeOther, Sessions } from '../session/sessions';
import { tokenOf } from './signed-in';

/** Your data: download everything held about you (the API's export), or delete your account. */
@Controller('account/data')
export class DataController {
  constructor(
    private readonly api: GraphQLApi,
    private readonly sessions: Sessions,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('account/data')
  page(@Req() request: Request) {
    return { form: takeForm(request, 'delete-account') };
  }

  @Get('download')
  async download(@Req() request: Request, @Res() response: Response) {
    const { exportMyData } = await this.api.request(ExportMyDataDocument, {}, tokenOf(request));
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="my-data.json"');
    response.send(exportMyData);
  }

  @Post('delete')
  async delete(@Req() request: Request, @Res() response: Response) {
    const password = fieldOf(request.body, 'password');
    const wrong = [{ field: 'password', text: this.t('data.errors.password') }];
    if (!password) return redirectWithProblems(request, response, 'delete-account', {}, wrong, '/account/data');
    try {
      await this.api.request(DeleteMyAccountDocument, { password }, tokenOf(request));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      return redirectWithProblems(request, response, 'delete-account', {}, wrong, '/account/data');
    }
    await endSession(request);
    response.clearCookie(this.sessions.cookieName, { path: '/' });
    return seeOther(request, response, '/account-deleted');
  }
}
