import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { tokenOf } from '../account/signed-in';
import { FieldProblem } from '../forms/form-state';
import { MetricsScopeInput } from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';
import { STAFF_ROLES, viewerWithRole } from './figures-access';
import { choiceHref, FiguresChoice, loadFigures, readChoice, requestRecompute, SCOPE_KINDS } from './figures-page';
import { figuresFormView, whenComputed } from './figures-format';

const DASHBOARD = '/brokerage/dashboard';
const CITY: MetricsScopeInput = { kind: 'CITY' };

/**
 * The city's dashboard (WEB.md): brokers, analysts and admins see the funnel, representation against Census 2021,
 * the four-fifths flags and the outcomes of the whole city or any one scope, as exact figures with small counts
 * hidden (the staff view), and can ask for them to be worked out again.
 */
@Controller('brokerage/dashboard')
export class DashboardController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  async page(@Req() request: Request, @Res() response: Response) {
    const token = tokenOf(request);
    await viewerWithRole(this.api, token, STAFF_ROLES);
    const choice = readChoice(request.query, CITY);
    const values = {
      kind: choice.scope.kind,
      id: choice.scope.id ?? '',
      from: String(request.query.from ?? ''),
      to: String(request.query.to ?? ''),
    };
    const problems = this.scopeProblems(choice, values);
    let figures = null;
    if (!problems.length) {
      try {
        figures = await loadFigures(this.api, this.t, token, DASHBOARD, choice);
      } catch (error) {
        if (!(error instanceof ApiError) || !['NOT_FOUND', 'BAD_USER_INPUT'].includes(error.code)) throw error;
        problems.push({ field: 'id', text: this.t('figures.scope.errors.notFound') });
      }
    }
    response.render('figures/figures', {
      pageTitle: this.t('figures.dashboardTitle'),
      lead: this.t('figures.dashboardLead'),
      staffView: true,
      base: DASHBOARD,
      scopeKinds: SCOPE_KINDS,
      scopeText: this.scopeText(choice.scope),
      cityHref: DASHBOARD,
      form: figuresFormView(values, problems),
      figures,
      computed: whenComputed(figures?.computedAt ?? null),
    });
  }

  @Post('recompute')
  async recompute(@Req() request: Request, @Res() response: Response) {
    const token = tokenOf(request);
    await viewerWithRole(this.api, token, STAFF_ROLES);
    const choice = readChoice(request.body, CITY);
    const runId = await requestRecompute(this.api, token, choice.scope);
    request.session.notice = { text: this.t('figures.computed.requested'), success: true };
    return seeOther(request, response, choiceHref(DASHBOARD, { ...choice, runId }));
  }

  /** What the web can tell is wrong before asking: the API checks the rest (and names an unknown id NOT_FOUND). */
  private scopeProblems(choice: FiguresChoice, typed: Record<string, string>): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const { scope } = choice;
    if (scope.kind === 'CITY' && scope.id)
      problems.push({ field: 'id', text: this.t('figures.scope.errors.cityNoId') });
    if (scope.kind !== 'CITY' && !scope.id)
      problems.push({ field: 'id', text: this.t('figures.scope.errors.idNeeded') });
    else if (scope.id && !/^[0-9a-f-]{36}$/i.test(scope.id))
      problems.push({ field: 'id', text: this.t('figures.scope.errors.notFound') });
    for (const end of ['from', 'to'] as const) {
      if (typed[end] && !scope[end]) problems.push({ field: end, text: this.t('figures.scope.errors.date') });
    }
    if (scope.from && scope.to && scope.from > scope.to)
      problems.push({ field: 'to', text: this.t('figures.scope.errors.toBeforeFrom') });
    return problems;
  }

  private scopeText(scope: MetricsScopeInput): string {
    const kind = this.t(`figures.scope.${scope.kind}`);
    const what = scope.id ? this.t('figures.scope.withId', { kind, id: scope.id }) : kind;
    const window =
      scope.from || scope.to
        ? `, ${this.t('figures.scope.window', { from: scope.from ?? '…', to: scope.to ?? '…' })}`
        : '';
    return this.t('figures.scope.current', { scope: what + window });
  }
}
