import { Controller, Get, Inject, Param, ParseUUIDPipe, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { fieldOf } from '../forms/form-state';
import {
  AlertFrequency,
  DeleteSavedSearchDocument,
  MarkNotificationsReadDocument,
  MyAlertsDocument,
  MyNotificationsDocument,
  SaveSearchDocument,
  SavedSearchKind,
  UpdateMyAlertPreferencesDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';
import { tokenOf } from './signed-in';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const KINDS = ['COURSES', 'JOBS'];
const FREQUENCIES = ['INSTANT', 'DAILY', 'WEEKLY'];
/** Where "Save this search" sends the resident back to, by kind. */
const SEARCH_PAGES: Record<string, string> = { COURSES: '/courses', JOBS: '/jobs' };

/**
 * The notification centre (/account/notifications), the alert preferences and saved searches (/account/alerts), and
 * "Save this search" from /courses and /jobs. Every action is a POST that redirects back with a one-line notice.
 */
@Controller('account')
export class AlertsController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get('notifications')
  @Render('account/notifications')
  async notifications(@Req() request: Request) {
    const { myNotifications } = await this.api.request(MyNotificationsDocument, {}, tokenOf(request));
    return { notifications: myNotifications.edges.map((edge) => edge.node) };
  }

  @Post('notifications/read')
  async markRead(@Req() request: Request, @Res() response: Response) {
    const { myNotifications } = await this.api.request(MyNotificationsDocument, {}, tokenOf(request));
    const ids = myNotifications.edges.filter((edge) => !edge.node.readAt).map((edge) => edge.node.id);
    if (ids.length) await this.api.request(MarkNotificationsReadDocument, { ids }, tokenOf(request));
    request.session.notice = { text: this.t('notifications.markedRead'), success: true };
    return seeOther(request, response, '/account/notifications');
  }

  @Get('alerts')
  @Render('account/alerts')
  async alerts(@Req() request: Request) {
    const { myAlertPreferences, mySavedSearches } = await this.api.request(MyAlertsDocument, {}, tokenOf(request));
    return { preferences: myAlertPreferences, searches: mySavedSearches };
  }

  @Post('alerts')
  async savePreferences(@Req() request: Request, @Res() response: Response) {
    const chosen = [request.body?.emails ?? []].flat() as string[];
    const input = {
      emailEnabled: chosen.includes('emailEnabled'),
      statusEmails: chosen.includes('statusEmails'),
      alertEmails: chosen.includes('alertEmails'),
    };
    await this.api.request(UpdateMyAlertPreferencesDocument, { input }, tokenOf(request));
    request.session.notice = { text: this.t('alerts.saved'), success: true };
    return seeOther(request, response, '/account/alerts');
  }

  @Post('alerts/searches')
  async saveSearch(@Req() request: Request, @Res() response: Response) {
    const kind = fieldOf(request.body, 'kind');
    const frequency = fieldOf(request.body, 'frequency');
    const query = fieldOf(request.body, 'q').slice(0, 200);
    if (!KINDS.includes(kind)) return seeOther(request, response, '/account/alerts');
    const back = SEARCH_PAGES[kind];
    const input = {
      kind: kind as SavedSearchKind,
      query: query || null,
      frequency: (FREQUENCIES.includes(frequency) ? frequency : 'DAILY') as AlertFrequency,
    };
    try {
      await this.api.request(SaveSearchDocument, { input }, tokenOf(request));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      request.session.notice = { text: this.t('alerts.tooMany'), success: false };
      return seeOther(request, response, '/account/alerts');
    }
    request.session.notice = { text: this.t('alerts.searchSaved'), success: true };
    return seeOther(request, response, query ? `${back}?q=${encodeURIComponent(query)}` : back);
  }

  @Post('alerts/searches/:id/delete')
  async deleteSearch(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    await this.api.request(DeleteSavedSearchDocument, { id }, tokenOf(request));
    request.session.notice = { text: this.t('alerts.deleted'), success: true };
    return seeOther(request, response, '/account/alerts');
  }
}
